/**
 * The plan document's generic surface: its version, its meta and prose roots, and the reader that turns
 * it into a Plan. The roots are named in plan-roots.ts; each exercise's own roots, accessors and reader
 * live in its slice (shared/exercises/<kind>/), and plan-read.ts composes the readers.
 */
export { PLAN_SCHEMA_VERSION, planMeta, planProse, planSchemaVersion, proseFragmentName } from './plan-roots'
export { proseParagraphs } from './prose-text'
export { readPlan } from './plan-read'
