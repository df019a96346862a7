import type { ExerciseKind } from '../program/exercise-kinds'
import { ACTION_PLAN } from './action-plan/action-plan-definition'
import { BUDGET } from './budget/budget-definition'
import { COUNTY_DATA_CARD } from './county-data-card/county-data-card-definition'
import { CUSTOM } from './custom/custom-definition'
import { DOT_VOTE } from './dot-vote/dot-vote-definition'
import { GALLERY_WALK } from './gallery-walk/gallery-walk-definition'
import { LOGFRAME } from './logframe/logframe-definition'
import { PEER_REVIEW } from './peer-review/peer-review-definition'
import { PROBLEM_TREE } from './problem-tree/problem-tree-definition'
import { RESOURCE_MATCHING } from './resource-matching/resource-matching-definition'
import { SIGN_OFF } from './sign-off/sign-off-definition'
import { SWOT } from './swot/swot-definition'
import { TARGET_SETTING } from './target-setting/target-setting-definition'
import type { Locale } from '../locale/locale'
import { textsOf, type ExerciseDefinition } from './exercise-definition'

/**
 * The one definition of every exercise kind. The agenda editor, the group
 * workspace, completeness and the PDF all read these; nothing else describes an exercise.
 */
export const EXERCISE_DEFINITIONS: Record<ExerciseKind, ExerciseDefinition> = {
  'county-data-card': COUNTY_DATA_CARD,
  'problem-tree': PROBLEM_TREE,
  swot: SWOT,
  'dot-vote': DOT_VOTE,
  'gallery-walk': GALLERY_WALK,
  'resource-matching': RESOURCE_MATCHING,
  'target-setting': TARGET_SETTING,
  'action-plan': ACTION_PLAN,
  budget: BUDGET,
  logframe: LOGFRAME,
  'peer-review': PEER_REVIEW,
  'sign-off': SIGN_OFF,
  custom: CUSTOM,
}

/** An exercise kind's title in one language. */
export function exerciseTitle(kind: ExerciseKind, locale: Locale): string {
  return textsOf(EXERCISE_DEFINITIONS[kind], locale).title
}
