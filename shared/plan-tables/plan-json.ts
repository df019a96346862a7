import type { Plan } from '../live/plan-schema'

/** What the JSON download is, so that a script reading it can tell it and its version apart. */
export const PLAN_JSON_FORMAT = 'plan-workshop/county-plan'
/** Raised when the shape of `plan` changes in a way a reader of version 1 would misread. */
export const PLAN_JSON_VERSION = 1

/** The whole plan as the hub reads it, with the workshop and county it belongs to. */
export interface PlanJson {
  format: typeof PLAN_JSON_FORMAT
  formatVersion: typeof PLAN_JSON_VERSION
  exportedAt: string
  workshop: { id: string; title: string; titleEn: string }
  county: { id: string; name: string; nameEn: string }
  plan: Plan
}
