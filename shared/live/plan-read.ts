import type * as Y from 'yjs'
import { readActions } from '../exercises/action-plan/action-plan-read'
import { readDataCard } from '../exercises/county-data-card/county-data-card-read'
import { readDotResults } from '../exercises/dot-vote/dot-vote-read'
import { readLogframe } from '../exercises/logframe/logframe-read'
import { readObjectives, readProblemTree } from '../exercises/problem-tree/problem-tree-read'
import { readResourceMatching } from '../exercises/resource-matching/resource-matching-read'
import { readPlanInfo, readSignOffProse } from '../exercises/sign-off/sign-off-read'
import { readSwot } from '../exercises/swot/swot-read'
import { readTargetSetting } from '../exercises/target-setting/target-setting-read'
import { planProse, planSchemaVersion } from './plan-roots'
import { planSchema, type Plan } from './plan-schema'
import { proseParagraphs } from './prose-text'

/**
 * Reads a plan document into a validated plain object, composed of the exercises' tolerant readers
 * (shared/exercises/<kind>/<kind>-read.ts, on tolerant-read.ts): a value of the wrong type reads as
 * blank, an item that is not a map is left out, a link to something deleted reads as null. So readPlan
 * never throws on content a buggy or older client wrote, and every device reads the same document into
 * the same object.
 */
export function readPlan(doc: Y.Doc): Plan {
  const swot = readSwot(doc)
  const problemTree = readProblemTree(doc)
  const nodeIds = new Set(problemTree.nodes.map((node) => node.id))
  const objectives = readObjectives(doc, nodeIds)
  const matching = readResourceMatching(doc)
  const targets = readTargetSetting(doc, new Set(objectives.map((objective) => objective.id)))
  return planSchema.parse({
    schemaVersion: planSchemaVersion(doc),
    info: readPlanInfo(doc),
    dataCard: readDataCard(doc),
    prose: {
      situationSummary: proseParagraphs(planProse(doc, 'situationSummary')),
      ...readLogframe(doc),
      ...readSignOffProse(doc),
    },
    swot,
    problemTree,
    objectives,
    dotResults: readDotResults(doc, new Set([...swot.map((card) => card.id), ...nodeIds])),
    ...matching,
    ...targets,
    actions: readActions(doc, {
      indicatorIds: new Set(targets.indicators.map((indicator) => indicator.id)),
      matchIds: new Set(matching.matches.map((match) => match.id)),
    }),
  })
}
