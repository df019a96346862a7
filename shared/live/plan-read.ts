import * as Y from 'yjs'
import type { z } from 'zod'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  INDICATOR_ATTRIBUTES,
  INDICATOR_KINDS,
  MATCH_STATUSES,
  NEED_KINDS,
  PLAN_STATUSES,
} from '../vocabulary/plan-vocabulary'
import {
  isPlanYear,
  readEnum,
  readId,
  readIsoDate,
  readLocalized,
  readNestedMap,
  readNonNegative,
  readNumber,
  readText,
  readYear,
  type ItemMap,
} from './item-fields'
import { orderedIds, type OrderedCollection } from './ordered-map'
import {
  planActions,
  planBenefit,
  planIndicators,
  planInfo,
  planMatches,
  planNeeds,
  planProse,
  planSchemaVersion,
} from './plan-roots'
import {
  actionSchema,
  BENEFIT_INPUT_FIELDS,
  indicatorSchema,
  matchSchema,
  planSchema,
  PROSE_FIELDS,
  type Action,
  type BenefitInputs,
  type Indicator,
  type Match,
  type Need,
  type Plan,
  type PlanInfo,
} from './plan-schema'
import { proseParagraphs } from './prose-text'
import { readDataCard } from '../exercises/county-data-card/county-data-card-read'
import { readDotVotes } from '../exercises/dot-vote/dot-vote-read'
import { readObjectives, readProblemTree } from '../exercises/problem-tree/problem-tree-read'
import { readSwot } from '../exercises/swot/swot-read'

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

function readNeeds(doc: Y.Doc): Need[] {
  return orderedItems(planNeeds(doc)).map(({ id, item, order }) => ({
    id,
    kind: readEnum(item, 'kind', NEED_KINDS) ?? 'need',
    text: readText(item, 'text'),
    order,
  }))
}

const NO_TEXT = { 'zh-CN': '', en: '' }

function readMatches(doc: Y.Doc, needIds: ReadonlySet<string>): Match[] {
  return valid(
    matchSchema,
    orderedItems(planMatches(doc)).map(({ id, item, order }) => {
      const needId = readId(item, 'needId')
      return {
        id,
        needId: needId && needIds.has(needId) ? needId : null,
        resourceId: readText(item, 'resourceId'),
        resourceTitle: readLocalized(item, 'resourceTitle') ?? NO_TEXT,
        resourceProvider: readLocalized(item, 'resourceProvider') ?? NO_TEXT,
        commitment: readText(item, 'commitment'),
        owner: readText(item, 'owner'),
        status: readEnum(item, 'status', MATCH_STATUSES) ?? 'proposed',
        order,
      }
    }),
  )
}

function readIndicators(doc: Y.Doc, objectiveIds: ReadonlySet<string>): Indicator[] {
  return valid(
    indicatorSchema,
    orderedItems(planIndicators(doc)).map(({ id, item, order }) => {
      const targets: { year: number; value: number }[] = []
      readNestedMap(item, 'targets')?.forEach((value, key) => {
        const year = Number(key)
        if (isPlanYear(year) && typeof value === 'number' && Number.isFinite(value))
          targets.push({ year, value })
      })
      const objectiveId = readId(item, 'objectiveId')
      return {
        id,
        name: readText(item, 'name'),
        kind: readEnum(item, 'kind', INDICATOR_KINDS) ?? 'other',
        unit: readText(item, 'unit'),
        baselineValue: readNumber(item, 'baselineValue'),
        baselineYear: readYear(item, 'baselineYear'),
        targets: targets.sort((a, b) => a.year - b.year),
        attribute: readEnum(item, 'attribute', INDICATOR_ATTRIBUTES) ?? 'expected',
        responsibleUnit: readText(item, 'responsibleUnit'),
        verificationSource: readText(item, 'verificationSource'),
        objectiveId: objectiveId && objectiveIds.has(objectiveId) ? objectiveId : null,
        order,
      }
    }),
  )
}

/** Which benefit inputs are years; the others are amounts and counts (never negative). */
const BENEFIT_YEARS: ReadonlySet<string> = new Set(['targetYear', 'povertyLineYear'])

function readBenefit(doc: Y.Doc): BenefitInputs {
  const map = planBenefit(doc)
  return Object.fromEntries(
    BENEFIT_INPUT_FIELDS.map((field) => [
      field,
      BENEFIT_YEARS.has(field) ? readYear(map, field) : readNonNegative(map, field),
    ]),
  ) as BenefitInputs
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
  const needs = readNeeds(doc)
  const matches = readMatches(doc, new Set(needs.map((need) => need.id)))
  const indicators = readIndicators(doc, new Set(objectives.map((objective) => objective.id)))
  return planSchema.parse({
    schemaVersion: planSchemaVersion(doc),
    info: readInfo(doc),
    dataCard: readDataCard(doc),
    prose: Object.fromEntries(PROSE_FIELDS.map((field) => [field, proseParagraphs(planProse(doc, field))])),
    swot,
    problemTree,
    objectives,
    dotVotes: readDotVotes(doc, new Set([...swot.map((card) => card.id), ...nodeIds])),
    needs,
    matches,
    indicators,
    benefit: readBenefit(doc),
    actions: readActions(
      doc,
      new Set(indicators.map((indicator) => indicator.id)),
      new Set(matches.map((match) => match.id)),
    ),
  })
}
