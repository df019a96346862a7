import { EXERCISE_KINDS, type ExerciseKind } from '../program/exercise-kinds'

/**
 * Why the hub did not accept part of a group's write:
 *   locked            the exercise is locked for this group (by the facilitator, or time is up)
 *   facilitator-only  only the facilitator may change it (the plan's final mark, its metadata)
 *   invalid           it does not belong in a plan, or refers to something the plan does not hold
 *   too-large         it would take the plan past its size limit (electron/hub/live/document-size-limit.ts)
 *   comment           a comment changed or removed, written in another county's name, or a thread resolved
 *                     by a group other than the plan's own (electron/hub/live/comment-write-rules.ts); with
 *                     `exercises` named, a comment on exercises a gallery walk keeps closed
 */
export const REFUSED_REASONS = ['locked', 'facilitator-only', 'invalid', 'too-large', 'comment'] as const
export type RefusedReason = (typeof REFUSED_REASONS)[number]

/** The stateless message the hub sends the device whose write it refused. */
export interface RefusedWrite {
  type: 'refused'
  exercises: ExerciseKind[]
  reason: RefusedReason
  /** What the device typed there, to show and copy back. */
  texts: string[]
}

/** The message read from a stateless payload, or null when it is something else. */
export function parseRefusedWrite(payload: string): RefusedWrite | null {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { type, exercises, reason, texts } = value as Record<string, unknown>
  if (type !== 'refused' || !(REFUSED_REASONS as readonly unknown[]).includes(reason)) return null
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
  return {
    type,
    exercises: strings(exercises).filter((kind): kind is ExerciseKind =>
      (EXERCISE_KINDS as readonly string[]).includes(kind),
    ),
    reason: reason as RefusedReason,
    texts: strings(texts),
  }
}
