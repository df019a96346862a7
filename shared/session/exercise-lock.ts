import type { ExerciseKind } from '../program/exercise-kinds'
import type { RunState } from './run-state'
import { remainingAt } from './session-timer'

/**
 * Why an exercise is read-only for a group:
 *   locked-all    the facilitator locked it for every group
 *   locked-group  the facilitator locked it for this group
 *   time-up       "pause input at zero" is on and the current exercise's time has run out
 */
export type LockReason = 'locked-all' | 'locked-group' | 'time-up'

/**
 * Whether a county's group may edit an exercise at hub time `now`, and if not, why. The facilitator
 * is never locked out (the console decides that, not this function). Pure, so every device decides
 * the same from the same session document and clock.
 */
export function exerciseLock(
  run: RunState,
  kind: ExerciseKind,
  countyId: string,
  now: number,
): LockReason | null {
  if (run.locks.some((lock) => lock.kind === kind && lock.countyId === null)) return 'locked-all'
  if (run.locks.some((lock) => lock.kind === kind && lock.countyId === countyId)) return 'locked-group'
  const timer = run.timer
  const isCurrentTimer = timer !== null && timer.itemId !== null && timer.itemId === run.currentItemId
  if (run.lockAtZero && run.currentKind === kind && isCurrentTimer && remainingAt(timer, now) <= 0) {
    return 'time-up'
  }
  return null
}

/** Whether the exercise is locked for every group (the console's "lock for all" switch). */
export function lockedForAll(run: RunState, kind: ExerciseKind): boolean {
  return run.locks.some((lock) => lock.kind === kind && lock.countyId === null)
}

/** Whether the facilitator locked it for this one group (regardless of a lock for all). */
export function lockedForGroup(run: RunState, kind: ExerciseKind, countyId: string): boolean {
  return run.locks.some((lock) => lock.kind === kind && lock.countyId === countyId)
}
