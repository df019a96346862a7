import { z } from 'zod'
import { COUNTY_DATA_CARD_PROSE_FIELDS } from '../exercises/county-data-card/county-data-card-schema'
import { LOGFRAME_PROSE_FIELDS } from '../exercises/logframe/logframe-schema'
import type { Plan, ProseField } from '../live/plan-schema'
import { EXERCISE_KINDS, type ExerciseKind } from '../program/exercise-kinds'

/**
 * The parts of a plan a comparison names, each under the exercise whose step edits it. Lists of items
 * (cards, needs, indicators, actions) are compared item by item by id; the other parts as a whole.
 */
export const PLAN_PARTS = [
  'dataCard',
  'situationSummary',
  'coreProblem',
  'problemTree',
  'objectives',
  'swot',
  'dotResults',
  'needs',
  'matches',
  'indicators',
  'benefit',
  'actions',
  'logframe',
  'info',
  'signOff',
] as const
export type PlanPart = (typeof PLAN_PARTS)[number]

export const PART_EXERCISE: Record<PlanPart, ExerciseKind> = {
  dataCard: 'county-data-card',
  situationSummary: 'county-data-card',
  coreProblem: 'problem-tree',
  problemTree: 'problem-tree',
  objectives: 'problem-tree',
  swot: 'swot',
  dotResults: 'dot-vote',
  needs: 'resource-matching',
  matches: 'resource-matching',
  indicators: 'target-setting',
  benefit: 'target-setting',
  actions: 'action-plan',
  logframe: 'logframe',
  info: 'sign-off',
  signOff: 'sign-off',
}

const MAX_SAMPLES = 3

export const partChangeSchema = z.object({
  part: z.enum(PLAN_PARTS),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  /** Compared as a whole (a text, the data card): it only changed, nothing was added or removed. */
  whole: z.boolean(),
  /** A few texts of what was added since the version, and of what was removed, to recognise them by. */
  addedTexts: z.array(z.string()),
  removedTexts: z.array(z.string()),
})
export type PartChange = z.infer<typeof partChangeSchema>

export const exerciseChangesSchema = z.object({
  exercise: z.enum(EXERCISE_KINDS),
  parts: z.array(partChangeSchema),
})
export const planComparisonSchema = z.array(exerciseChangesSchema)
export type PlanComparison = z.infer<typeof planComparisonSchema>

const proseOf = (plan: Plan, fields: readonly ProseField[]) =>
  Object.fromEntries(fields.map((field) => [field, plan.prose[field]]))

const isDataCardProse = (field: string) =>
  (COUNTY_DATA_CARD_PROSE_FIELDS as readonly string[]).includes(field)
const isLogframeProse = (field: string) => (LOGFRAME_PROSE_FIELDS as readonly string[]).includes(field)

/** Each part of a plan as a value to compare: a list of items with ids, or anything else as a whole. */
function partsOf(plan: Plan): Record<PlanPart, unknown> {
  const prose = Object.keys(plan.prose) as ProseField[]
  return {
    dataCard: plan.dataCard,
    situationSummary: proseOf(plan, prose.filter(isDataCardProse)),
    coreProblem: plan.problemTree.coreProblem,
    problemTree: plan.problemTree.nodes,
    objectives: plan.objectives,
    swot: plan.swot,
    dotResults: plan.dotResults,
    needs: plan.needs,
    matches: plan.matches,
    indicators: plan.indicators,
    benefit: plan.benefit,
    actions: plan.actions,
    logframe: proseOf(plan, prose.filter(isLogframeProse)),
    info: plan.info,
    signOff: proseOf(
      plan,
      prose.filter((field) => !isDataCardProse(field) && !isLogframeProse(field)),
    ),
  }
}

type Identified = { id: string } & Record<string, unknown>

const isIdentifiedList = (value: unknown): value is Identified[] =>
  Array.isArray(value) &&
  value.every(
    (item) => typeof item === 'object' && item !== null && typeof (item as Identified).id === 'string',
  )

/** The words an item is recognised by: its first non-empty text field. */
function textOf(item: Identified): string | null {
  for (const key of ['text', 'title', 'name', 'description', 'commitment']) {
    const value = item[key]
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 60)
  }
  return null
}

const samples = (items: Identified[]) =>
  items
    .map(textOf)
    .filter((text): text is string => text !== null)
    .slice(0, MAX_SAMPLES)

function comparePart(part: PlanPart, before: unknown, now: unknown): PartChange | null {
  if (isIdentifiedList(before) && isIdentifiedList(now)) {
    const old = new Map(before.map((item) => [item.id, item]))
    const fresh = new Map(now.map((item) => [item.id, item]))
    const added = now.filter((item) => !old.has(item.id))
    const removed = before.filter((item) => !fresh.has(item.id))
    const changed = now.filter(
      (item) => old.has(item.id) && JSON.stringify(old.get(item.id)) !== JSON.stringify(item),
    ).length
    // A list whose items were only reordered counts as one change.
    const reordered =
      added.length + removed.length + changed === 0 &&
      JSON.stringify(before.map((item) => item.id)) !== JSON.stringify(now.map((item) => item.id))
    if (added.length + removed.length + changed === 0 && !reordered) return null
    return {
      part,
      added: added.length,
      removed: removed.length,
      changed: reordered ? 1 : changed,
      whole: false,
      addedTexts: samples(added),
      removedTexts: samples(removed),
    }
  }
  if (JSON.stringify(before) === JSON.stringify(now)) return null
  return { part, added: 0, removed: 0, changed: 1, whole: true, addedTexts: [], removedTexts: [] }
}

/** What changed from `before` (a version) to `now`, per exercise, in the plan's order; empty when nothing did. */
export function comparePlans(before: Plan, now: Plan): PlanComparison {
  const old = partsOf(before)
  const fresh = partsOf(now)
  const byExercise = new Map<ExerciseKind, PartChange[]>()
  for (const part of PLAN_PARTS) {
    const change = comparePart(part, old[part], fresh[part])
    if (!change) continue
    const exercise = PART_EXERCISE[part]
    byExercise.set(exercise, [...(byExercise.get(exercise) ?? []), change])
  }
  return [...byExercise].map(([exercise, parts]) => ({ exercise, parts }))
}
