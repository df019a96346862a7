import { z } from 'zod'
import { optionalText } from '../validation/common-fields'
import { planSchema } from '../live/plan-schema'
import { planComparisonSchema } from './plan-comparison'

/**
 * Why a version of a county plan was kept: every few minutes while it changes (auto), when an exercise
 * was locked (lock), when the facilitator moved the room on (agenda), by hand with a label (manual), and
 * the state a restore replaced (before-restore).
 */
export const VERSION_KINDS = ['auto', 'lock', 'agenda', 'manual', 'before-restore'] as const
export type VersionKind = (typeof VERSION_KINDS)[number]

export const MAX_VERSION_LABEL = 80

/** One version of a plan, as the list shows it. */
export const versionInfoSchema = z.object({
  id: z.number().int().positive(),
  /** When it was kept (ISO, UTC). */
  createdAt: z.string(),
  kind: z.enum(VERSION_KINDS),
  label: z.string(),
  /** Who wrote to the plan since the version before: the names group members joined under. */
  editors: z.array(z.string()),
  /** The facilitator's own windows wrote to it too. */
  facilitatorEdited: z.boolean(),
  /** What this version takes on disk (the part of the plan new since the version before). */
  bytes: z.number().int().nonnegative(),
})
export type VersionInfo = z.infer<typeof versionInfoSchema>

/** "Save version": the facilitator's label (may be empty). */
export const saveVersionSchema = z.object({ label: optionalText(MAX_VERSION_LABEL) })
export type SaveVersionRequest = z.input<typeof saveVersionSchema>

/** A version opened to look at: the plan as it was, and what changed from it to now, per exercise. */
export const versionPreviewSchema = z.object({
  version: versionInfoSchema,
  plan: planSchema,
  changes: planComparisonSchema,
})
export type VersionPreview = z.infer<typeof versionPreviewSchema>

/** What a restore did: the version restored, and the version that keeps the state it replaced. */
export interface VersionRestored {
  restored: VersionInfo
  keptAs: VersionInfo
}
