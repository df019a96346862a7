import type { ExerciseKind } from '../program/exercise-kinds'
import { ACTION_PLAN } from './definitions/action-plan'
import { BUDGET } from './definitions/budget'
import { COUNTY_DATA_CARD } from './definitions/county-data-card'
import { CUSTOM } from './definitions/custom'
import { DOT_VOTE } from './definitions/dot-vote'
import { GALLERY_WALK } from './definitions/gallery-walk'
import { LOGFRAME } from './definitions/logframe'
import { PEER_REVIEW } from './definitions/peer-review'
import { PROBLEM_TREE } from './definitions/problem-tree'
import { RESOURCE_MATCHING } from './definitions/resource-matching'
import { SIGN_OFF } from './definitions/sign-off'
import { SWOT } from './definitions/swot'
import { TARGET_SETTING } from './definitions/target-setting'
import type { ExerciseDefinition } from './exercise-definition'

/**
 * The one definition of every exercise kind. The agenda editor (via EXERCISE_KIND_INFO), the group
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
