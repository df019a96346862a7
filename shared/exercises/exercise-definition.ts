import type { Catalogue } from '../i18n/catalogue'
import type { Plan } from '../live/plan-schema'
import type { Locale } from '../locale/locale'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { PlanSection } from './plan-sections'

/**
 * One thing a complete exercise has produced; its label, phrased as the to-do the group sees while it
 * is missing ("State the core problem"), is `criteria.<id>` in the exercise's catalogue. `met` reads only
 * the plan, so the group's view, the facilitator's progress grid and the PDF agree on "complete".
 */
export interface CompletenessCriterion {
  id: string
  met: (plan: Plan) => boolean
}

/** What people read about an exercise: the shape of every exercise's catalogue. */
export interface ExerciseTexts {
  [key: string]: string | readonly string[] | Readonly<Record<string, string>>
  title: string
  /** One sentence under the title: what the exercise is for. */
  purpose: string
  /** Steps, in order, for the group and the facilitator. */
  instructions: readonly string[]
  /** Questions that get a stuck group talking. */
  prompts: readonly string[]
  /** The label of each completeness criterion, by its id. */
  criteria: Readonly<Record<string, string>>
}

/** Everything the app knows about one kind of exercise: what the group is told and what it yields. */
export interface ExerciseDefinition {
  kind: ExerciseKind
  /** Its texts, an i18next namespace of their own (`exercise-<kind>`). */
  messages: Catalogue<ExerciseTexts>
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

/** An exercise's texts in one language (what the screens and the PDF show). */
export function textsOf(definition: ExerciseDefinition, locale: Locale) {
  return definition.messages.messages[locale]
}
