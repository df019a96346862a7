import * as Y from 'yjs'
import type { z } from 'zod'
import { readResourceMatching } from '../exercises/resource-matching/resource-matching-read'
import { readTargetSetting } from '../exercises/target-setting/target-setting-read'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  PLAN_STATUSES,
  type ProblemNodeKind,
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
import { parseDotVoteKey } from './plan-dot-votes'
import {
  planActions,
  planDataCard,
  planDotVotes,
  planInfo,
  planObjectives,
  planProblemNodes,
  planProblemTree,
  planProse,
  planSchemaVersion,
  planSwot,
} from './plan-roots'
import {
  actionSchema,
  DATA_CARD_FIELDS,
  planSchema,
  PROSE_FIELDS,
  SWOT_QUADRANTS,
  type Action,
  type DataCard,
  type DotVote,
  type Objective,
  type Plan,
  type PlanInfo,
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

function readInfo(doc: Y.Doc): PlanInfo {
  const info = planInfo(doc)
  return {
    title: readText(info, 'title'),
    startYear: readYear(info, 'startYear'),
    endYear: readYear(info, 'endYear'),
    status: readEnum(info, 'status', PLAN_STATUSES) ?? 'draft',
  }
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
    dotVotes: readDotVotes(doc, new Set([...swot.map((card) => card.id), ...nodeIds])),
    ...matching,
    ...targets,
    actions: readActions(
      doc,
      new Set(targets.indicators.map((indicator) => indicator.id)),
      new Set(matching.matches.map((match) => match.id)),
    ),
  })
}
