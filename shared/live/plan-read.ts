import type * as Y from 'yjs'
import type { z } from 'zod'
import {
  INDICATOR_ATTRIBUTES,
  INDICATOR_KINDS,
  MATCH_STATUSES,
  NEED_KINDS,
  type ProblemNodeKind,
} from '../vocabulary/plan-vocabulary'
import {
  isPlanYear,
  readEnum,
  readId,
  readLocalized,
  readNestedMap,
  readNonNegative,
  readNumber,
  readText,
  readYear,
  type ItemMap,
} from './item-fields'
import { readActions } from '../exercises/action-plan/action-plan-read'
import { readLogframe } from '../exercises/logframe/logframe-read'
import { readPlanInfo, readSignOffProse } from '../exercises/sign-off/sign-off-read'
import { orderedIds, type OrderedCollection } from './ordered-map'
import { parseDotVoteKey } from './plan-dot-votes'
import {
  planBenefit,
  planDataCard,
  planDotVotes,
  planIndicators,
  planMatches,
  planNeeds,
  planObjectives,
  planProblemNodes,
  planProblemTree,
  planProse,
  planSchemaVersion,
  planSwot,
} from './plan-roots'
import {
  BENEFIT_INPUT_FIELDS,
  DATA_CARD_FIELDS,
  indicatorSchema,
  matchSchema,
  planSchema,
  SWOT_QUADRANTS,
  type BenefitInputs,
  type DataCard,
  type DotVote,
  type Indicator,
  type Match,
  type Need,
  type Objective,
  type Plan,
  type ProblemNode,
  type ProblemTree,
  type SwotCard,
} from './plan-schema'
import { proseParagraphs } from './prose-text'

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

function readDataCard(doc: Y.Doc): DataCard {
  const map = planDataCard(doc)
  return Object.fromEntries(
    DATA_CARD_FIELDS.map((field) => {
      const value = map.get(field)
      return [field, typeof value === 'number' && Number.isFinite(value) ? value : null]
    }),
  ) as DataCard
}

function readSwot(doc: Y.Doc): SwotCard[] {
  const swot = planSwot(doc)
  return SWOT_QUADRANTS.flatMap((quadrant) =>
    orderedIds(swot, (item) => item.get('quadrant') === quadrant).map((id) => {
      const card = swot.get(id) as ItemMap
      return { id, quadrant, text: readText(card, 'text'), order: readText(card, 'order') }
    }),
  )
}

/**
 * The tree, repaired deterministically: a card whose parent is gone (deleted on another device) or
 * that is caught in a loop (two people moved two cards under each other at once) hangs on the core
 * instead. A card's kind is that of its branch's top card, so a branch is always all causes or all
 * effects, whatever a client stored.
 */
function readProblemTree(doc: Y.Doc): ProblemTree {
  const nodes = planProblemNodes(doc)
  const all = orderedItems(nodes)
  const ids = new Set(all.map((entry) => entry.id))
  const parentOf = new Map<string, string | null>()
  const children = new Map<string | null, string[]>()
  for (const { id, item } of all) {
    const stored = readId(item, 'parentId')
    const parentId = stored !== null && stored !== id && ids.has(stored) ? stored : null
    parentOf.set(id, parentId)
    children.set(parentId, [...(children.get(parentId) ?? []), id])
  }
  const byId = new Map(all.map((entry) => [entry.id, entry]))
  const out: ProblemNode[] = []
  const visited = new Set<string>()
  const visit = (id: string, parentId: string | null, kind: ProblemNodeKind, depth: number) => {
    if (visited.has(id)) return
    visited.add(id)
    const entry = byId.get(id)
    if (!entry) return
    out.push({ id, kind, parentId, text: readText(entry.item, 'text'), order: entry.order, depth })
    for (const child of children.get(id) ?? []) visit(child, id, kind, depth + 1)
  }
  const kindOf = (id: string): ProblemNodeKind =>
    byId.get(id)?.item.get('kind') === 'effect' ? 'effect' : 'cause'
  const roots = children.get(null) ?? []
  for (const side of ['cause', 'effect'] as const) {
    for (const id of roots) if (kindOf(id) === side) visit(id, null, side, 1)
  }
  // What is left sits in a loop: each loop is cut at its first card in display order.
  for (const { id } of all) if (!visited.has(id)) visit(id, null, kindOf(id), 1)
  return { coreProblem: readText(planProblemTree(doc), 'coreProblem'), nodes: out }
}

function readObjectives(doc: Y.Doc, nodeIds: ReadonlySet<string>): Objective[] {
  return orderedItems(planObjectives(doc)).map(({ id, item, order }) => {
    const source = readId(item, 'sourceNodeId')
    return {
      id,
      text: readText(item, 'text'),
      sourceNodeId: source && nodeIds.has(source) ? source : null,
      order,
    }
  })
}

function readDotVotes(doc: Y.Doc, cardIds: ReadonlySet<string>): DotVote[] {
  const votes: DotVote[] = []
  planDotVotes(doc).forEach((value, key) => {
    const parsed = parseDotVoteKey(key)
    if (!parsed || !cardIds.has(parsed.cardId)) return
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return
    votes.push({ ...parsed, count: value })
  })
  return votes.sort((a, b) => (a.cardId + ':' + a.voterId < b.cardId + ':' + b.voterId ? -1 : 1))
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
    dotVotes: readDotVotes(doc, new Set([...swot.map((card) => card.id), ...nodeIds])),
    needs,
    matches,
    indicators,
    benefit: readBenefit(doc),
    actions: readActions(doc, {
      indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
      matchIds: new Set(matches.map((match) => match.id)),
    }),
  })
}
