import { exerciseLock, type LockReason } from '../../../shared/session/exercise-lock'
import type { RunState } from '../../../shared/session/run-state'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { isRunning } from '../../../shared/session/session-timer'
import { useHubNow } from './use-hub-clock'

/**
 * Whether a group may edit this exercise now, and if not, why. Ticks once a second only while "pause
 * input at zero" could still strike (its timer running on this exercise), so the lock lands on time.
 */
export function useExerciseLock(
  run: RunState | null,
  kind: ExerciseKind,
  countyId: string,
): LockReason | null {
  const watching =
    run !== null && run.lockAtZero && run.currentKind === kind && run.timer !== null && isRunning(run.timer)
  const now = useHubNow(watching, 1000)
  return run ? exerciseLock(run, kind, countyId, now) : null
}
