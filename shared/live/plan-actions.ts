import * as Y from 'yjs'
import { planMatches, planNeeds } from '../exercises/resource-matching/resource-matching-doc'
import { newId } from '../ids/new-id'
import { textIn, type Locale, type Localized } from '../locale/locale'
import type { BenefitMechanism, FiveBatch, FundingSource } from '../vocabulary/plan-vocabulary'
import { readLocalized, readText, setFields, type ItemMap } from './item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from './ordered-map'
import { planActions } from './plan-roots'
import { setProseParagraphs } from './prose-text'

/**
 * The action plan: measures with their milestones and budget lines (both ordered collections
 * nested in the action), links to indicators (a nested set, so concurrent links merge) and the
 * match each grew from. The description is a nested Y.XmlFragment: bind a TipTap editor to
 * `actionDescription(doc, id)` exactly as to a plan prose field.
 */

export interface ActionFields {
  batch: FiveBatch | null
  title: string
  villagesCovered: number | null
  beneficiaryHouseholds: number | null
  beneficiaryPeople: number | null
  /** Percent of beneficiaries who are registered poor. */
  shareRegisteredPoor: number | null
  mechanism: BenefitMechanism | null
  owner: string
  partner: string
  /** ISO dates, YYYY-MM-DD. */
  startDate: string | null
  endDate: string | null
}

export interface MilestoneFields {
  title: string
  date: string | null
}

export interface BudgetLineFields {
  item: string
  year: number | null
  source: FundingSource | null
  /** Yuan. */
  amount: number | null
}

const EMPTY_ACTION: ActionFields = {
  batch: null,
  title: '',
  villagesCovered: null,
  beneficiaryHouseholds: null,
  beneficiaryPeople: null,
  shareRegisteredPoor: null,
  mechanism: null,
  owner: '',
  partner: '',
  startDate: null,
  endDate: null,
}

function insertAction(
  doc: Y.Doc,
  id: string,
  fields: Partial<ActionFields> & {
    matchId?: string | null
    needText?: string
    resourceTitle?: object | null
  },
  beforeId: string | null,
): ItemMap {
  return insertItem(
    planActions(doc),
    id,
    {
      ...EMPTY_ACTION,
      matchId: null,
      needText: '',
      resourceTitle: null,
      ...fields,
      description: new Y.XmlFragment(),
      milestones: new Y.Map(),
      budgetLines: new Y.Map(),
      indicatorIds: new Y.Map<boolean>(),
    },
    { beforeId },
  )
}

export function addAction(
  doc: Y.Doc,
  fields: Partial<ActionFields> = {},
  beforeId: string | null = null,
  id = newId(),
): string {
  doc.transact(() => insertAction(doc, id, fields, beforeId))
  return id
}

const actionAt = (doc: Y.Doc, id: string): ItemMap | null => {
  const action = planActions(doc).get(id)
  return action instanceof Y.Map ? action : null
}

export function updateAction(doc: Y.Doc, id: string, patch: Partial<ActionFields>): void {
  const action = actionAt(doc, id)
  if (action) doc.transact(() => setFields(action, patch))
}

export function moveAction(doc: Y.Doc, id: string, beforeId: string | null): void {
  moveItem(planActions(doc), id, { beforeId })
}

export const actionIds = (doc: Y.Doc) => orderedIds(planActions(doc))

export function deleteAction(doc: Y.Doc, id: string): void {
  planActions(doc).delete(id)
}

/**
 * A nested shared type of an action, created in place if a damaged or foreign action lacks it.
 * (Actions made by this app always have them: creating one lazily on two devices at once would let
 * one device's copy win, which is why it is only a repair path.)
 */
function nested<T extends Y.XmlFragment | Y.Map<unknown>>(
  doc: Y.Doc,
  actionId: string,
  key: string,
  Type: new () => T,
): T | null {
  const action = actionAt(doc, actionId)
  if (!action) return null
  const value = action.get(key)
  if (value instanceof Type) return value
  const created = new Type()
  doc.transact(() => action.set(key, created))
  return created
}

/** The action's description, for a TipTap editor (Collaboration `fragment` option). */
export const actionDescription = (doc: Y.Doc, actionId: string) =>
  nested(doc, actionId, 'description', Y.XmlFragment)

const milestonesOf = (doc: Y.Doc, actionId: string) =>
  nested(doc, actionId, 'milestones', Y.Map) as OrderedCollection | null
const budgetLinesOf = (doc: Y.Doc, actionId: string) =>
  nested(doc, actionId, 'budgetLines', Y.Map) as OrderedCollection | null
const indicatorLinksOf = (doc: Y.Doc, actionId: string) => nested(doc, actionId, 'indicatorIds', Y.Map)

export function linkActionToIndicator(doc: Y.Doc, actionId: string, indicatorId: string): void {
  indicatorLinksOf(doc, actionId)?.set(indicatorId, true)
}

export function unlinkActionFromIndicator(doc: Y.Doc, actionId: string, indicatorId: string): void {
  indicatorLinksOf(doc, actionId)?.delete(indicatorId)
}

function addNested(
  doc: Y.Doc,
  collection: OrderedCollection | null,
  fields: object,
  beforeId: string | null,
  id: string,
): string | null {
  if (!collection) return null
  doc.transact(() => insertItem(collection, id, { ...fields }, { beforeId }))
  return id
}

function updateNested(doc: Y.Doc, collection: OrderedCollection | null, id: string, patch: object): void {
  const item = collection?.get(id)
  if (item instanceof Y.Map) doc.transact(() => setFields(item, patch))
}

/** Adds a milestone to an action; null when the action does not exist. */
export const addMilestone = (
  doc: Y.Doc,
  actionId: string,
  fields: Partial<MilestoneFields> = {},
  beforeId: string | null = null,
  id = newId(),
) => addNested(doc, milestonesOf(doc, actionId), { title: '', date: null, ...fields }, beforeId, id)

export const updateMilestone = (
  doc: Y.Doc,
  actionId: string,
  milestoneId: string,
  patch: Partial<MilestoneFields>,
) => updateNested(doc, milestonesOf(doc, actionId), milestoneId, patch)

export function moveMilestone(
  doc: Y.Doc,
  actionId: string,
  milestoneId: string,
  beforeId: string | null,
): void {
  const milestones = milestonesOf(doc, actionId)
  if (milestones) moveItem(milestones, milestoneId, { beforeId })
}

export function deleteMilestone(doc: Y.Doc, actionId: string, milestoneId: string): void {
  milestonesOf(doc, actionId)?.delete(milestoneId)
}

export function milestoneIds(doc: Y.Doc, actionId: string): string[] {
  const milestones = actionAt(doc, actionId)?.get('milestones')
  return milestones instanceof Y.Map ? orderedIds(milestones as OrderedCollection) : []
}

/** Adds a budget line to an action; null when the action does not exist. */
export const addBudgetLine = (
  doc: Y.Doc,
  actionId: string,
  fields: Partial<BudgetLineFields> = {},
  beforeId: string | null = null,
  id = newId(),
) =>
  addNested(
    doc,
    budgetLinesOf(doc, actionId),
    { item: '', year: null, source: null, amount: null, ...fields },
    beforeId,
    id,
  )

export const updateBudgetLine = (
  doc: Y.Doc,
  actionId: string,
  lineId: string,
  patch: Partial<BudgetLineFields>,
) => updateNested(doc, budgetLinesOf(doc, actionId), lineId, patch)

export function moveBudgetLine(doc: Y.Doc, actionId: string, lineId: string, beforeId: string | null): void {
  const lines = budgetLinesOf(doc, actionId)
  if (lines) moveItem(lines, lineId, { beforeId })
}

export function deleteBudgetLine(doc: Y.Doc, actionId: string, lineId: string): void {
  budgetLinesOf(doc, actionId)?.delete(lineId)
}

export function budgetLineIds(doc: Y.Doc, actionId: string): string[] {
  const lines = actionAt(doc, actionId)?.get('budgetLines')
  return lines instanceof Y.Map ? orderedIds(lines as OrderedCollection) : []
}

/** An action made from a match has an id derived from the match's id (see convert below). */
export const actionIdFor = (matchId: string) => `${matchId}-action`

/**
 * Turns a match into an action in one step. The action links back to the match (`matchId`) and
 * keeps copies of the need's text and the resource's title, so it still says what it came from if
 * the match or need is deleted later. It starts with the match's owner, the resource's provider as
 * partner and the commitment as its description; the group then adds tag, mechanism, dates, budget.
 * Idempotent, like converting a problem-tree card: the id is derived from the match's, so a double
 * click or two people converting at once yield one action. Returns its id, or null with no match.
 */
export function convertMatchToAction(doc: Y.Doc, matchId: string, locale: Locale): string | null {
  const match = planMatches(doc).get(matchId)
  if (!(match instanceof Y.Map)) return null
  const id = actionIdFor(matchId)
  if (actionAt(doc, id)) return id
  const need = planNeeds(doc).get(readText(match, 'needId'))
  const needText = need instanceof Y.Map ? readText(need, 'text') : ''
  const resourceTitle = readLocalized(match, 'resourceTitle')
  const provider = readLocalized(match, 'resourceProvider')
  const pick = (text: Localized | null) => (text ? textIn(text, locale) : '')
  const separator = locale === 'en' ? ' — ' : '——'
  const title = [needText, pick(resourceTitle)].filter((part) => part !== '').join(separator)
  const commitment = readText(match, 'commitment')
  doc.transact(() => {
    const action = insertAction(
      doc,
      id,
      {
        title,
        owner: readText(match, 'owner'),
        partner: pick(provider),
        matchId,
        needText,
        resourceTitle,
      },
      null,
    )
    if (commitment !== '') setProseParagraphs(action.get('description') as Y.XmlFragment, [commitment])
  })
  return id
}

/** Whether an action already grew from this match (the match card shows "in the action plan"). */
export const isMatchConverted = (doc: Y.Doc, matchId: string) => actionAt(doc, actionIdFor(matchId)) !== null
