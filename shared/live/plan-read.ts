import * as Y from 'yjs'
import type { z } from 'zod'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  PLAN_STATUSES,
} from '../vocabulary/plan-vocabulary'
import {
  readEnum,
  readId,
  readIsoDate,
  readLocalized,
  readNestedMap,
  readNonNegative,
  readText,
  readYear,
  type ItemMap,
} from './item-fields'
import { orderedIds, type OrderedCollection } from './ordered-map'
import { planActions, planInfo, planProse, planSchemaVersion } from './plan-roots'
import { actionSchema, planSchema, PROSE_FIELDS, type Action, type Plan, type PlanInfo } from './plan-schema'
import { proseParagraphs } from './prose-text'
import { readDataCard } from '../exercises/county-data-card/county-data-card-read'
import { readDotResults } from '../exercises/dot-vote/dot-vote-read'
import { readObjectives, readProblemTree } from '../exercises/problem-tree/problem-tree-read'
import { readSwot } from '../exercises/swot/swot-read'
import { readResourceMatching } from '../exercises/resource-matching/resource-matching-read'
import { readTargetSetting } from '../exercises/target-setting/target-setting-read'

/**
 * Reads a plan document into a validated plain object. Every value goes through a tolerant reader
 * (item-fields.ts): a value of the wrong type reads as blank, an item that is not a map is left out,
 * a link to something deleted reads as null. So readPlan never throws on content a buggy or older
 * client wrote, and every device reads the same document into the same object.
 */

/** Items of an ordered collection in display order, each with its id and order key. */
function orderedItems(collection: OrderedCollection): { id: string; item: ItemMap; order: string }[] {
  return orderedIds(collection).map((id) => {
    const item = collection.get(id) as ItemMap
    return { id, item, order: readText(item, 'order') }
  })
}

/** Keeps the items that satisfy the schema; a safety net under the tolerant readers. */
function valid<T>(schema: z.ZodType<T>, candidates: unknown[]): T[] {
  return candidates.flatMap((candidate) => {
    const parsed = schema.safeParse(candidate)
    return parsed.success ? [parsed.data] : []
  })
}

function readInfo(doc: Y.Doc): PlanInfo {
  const info = planInfo(doc)
  return {
    title: readText(info, 'title'),
    startYear: readYear(info, 'startYear'),
    endYear: readYear(info, 'endYear'),
    status: readEnum(info, 'status', PLAN_STATUSES) ?? 'draft',
  }
}

function nestedItems(item: ItemMap, key: string) {
  const nested = readNestedMap(item, key)
  return nested ? orderedItems(nested as OrderedCollection) : []
}

function readActions(doc: Y.Doc, indicatorIds: ReadonlySet<string>, matchIds: ReadonlySet<string>): Action[] {
  return valid(
    actionSchema,
    orderedItems(planActions(doc)).map(({ id, item, order }) => {
      const description = item.get('description')
      const links: string[] = []
      readNestedMap(item, 'indicatorIds')?.forEach((value, key) => {
        if (value === true && indicatorIds.has(key)) links.push(key)
      })
      const matchId = readId(item, 'matchId')
      return {
        id,
        batch: readEnum(item, 'batch', FIVE_BATCHES),
        title: readText(item, 'title'),
        description: description instanceof Y.XmlFragment ? proseParagraphs(description) : [],
        villagesCovered: readNonNegative(item, 'villagesCovered'),
        beneficiaryHouseholds: readNonNegative(item, 'beneficiaryHouseholds'),
        beneficiaryPeople: readNonNegative(item, 'beneficiaryPeople'),
        shareRegisteredPoor: readNonNegative(item, 'shareRegisteredPoor'),
        mechanism: readEnum(item, 'mechanism', BENEFIT_MECHANISMS),
        owner: readText(item, 'owner'),
        partner: readText(item, 'partner'),
        startDate: readIsoDate(item, 'startDate'),
        endDate: readIsoDate(item, 'endDate'),
        milestones: nestedItems(item, 'milestones').map((entry) => ({
          id: entry.id,
          title: readText(entry.item, 'title'),
          date: readIsoDate(entry.item, 'date'),
          order: entry.order,
        })),
        budgetLines: nestedItems(item, 'budgetLines').map((entry) => ({
          id: entry.id,
          item: readText(entry.item, 'item'),
          year: readYear(entry.item, 'year'),
          source: readEnum(entry.item, 'source', FUNDING_SOURCES),
          amount: readNonNegative(entry.item, 'amount'),
          order: entry.order,
        })),
        indicatorIds: links.sort(),
        matchId: matchId && matchIds.has(matchId) ? matchId : null,
        needText: readText(item, 'needText'),
        resourceTitle: readLocalized(item, 'resourceTitle'),
        order,
      }
    }),
  )
}

/** The plan as a validated plain object. Items whose fields a buggy client damaged are repaired or left out. */
export function readPlan(doc: Y.Doc): Plan {
  const swot = readSwot(doc)
  const problemTree = readProblemTree(doc)
  const nodeIds = new Set(problemTree.nodes.map((node) => node.id))
  const objectives = readObjectives(doc, nodeIds)
  const matching = readResourceMatching(doc)
  const targets = readTargetSetting(doc, new Set(objectives.map((objective) => objective.id)))
  return planSchema.parse({
    schemaVersion: planSchemaVersion(doc),
    info: readInfo(doc),
    dataCard: readDataCard(doc),
    prose: Object.fromEntries(PROSE_FIELDS.map((field) => [field, proseParagraphs(planProse(doc, field))])),
    swot,
    problemTree,
    objectives,
    dotResults: readDotResults(doc, new Set([...swot.map((card) => card.id), ...nodeIds])),
    ...matching,
    ...targets,
    actions: readActions(
      doc,
      new Set(targets.indicators.map((indicator) => indicator.id)),
      new Set(matching.matches.map((match) => match.id)),
    ),
  })
}
