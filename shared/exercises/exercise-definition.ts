import type { Plan } from '../live/plan-schema'
import type { Localized } from '../locale/locale'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { PlanSection } from './plan-sections'

/**
 * One thing a complete exercise has produced, phrased as the to-do the group sees while it is
 * missing ("State the core problem"). `met` reads only the plan, so the group's view, the
 * facilitator's progress grid and the PDF agree on what "complete" means.
 */
export interface CompletenessCriterion {
  id: string
  label: Localized
  met: (plan: Plan) => boolean
}

/** Everything the app knows about one kind of exercise: what the group is told and what it yields. */
export interface ExerciseDefinition {
  kind: ExerciseKind
  title: Localized
  /** One sentence under the title: what the exercise is for. */
  purpose: Localized
  /** Steps, in order, for the group and the facilitator. */
  instructions: Localized[]
  /** Questions that get a stuck group talking. */
  prompts: Localized[]
  /** Suggested minutes; a workshop's agenda may retime it. */
  defaultMinutes: number
  /** The sections of the exported plan this exercise fills; empty when it produces no plan content. */
  sections: PlanSection[]
  /**
   * What complete means, or null for exercises that produce no plan content (gallery walk, peer
   * review, other items): for them completeness does not apply, rather than being 0% or 100%.
   */
  criteria: CompletenessCriterion[] | null
}

/** Text of a prose field or a card counts once it has more than whitespace. */
export const filled = (text: string) => text.trim() !== ''

/** At least one item, and every one of them passes: "every match has an owner" is not met by no match. */
export const allOf = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.length > 0 && items.every(test)
