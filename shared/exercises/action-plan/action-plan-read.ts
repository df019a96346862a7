import * as Y from 'yjs'
import { readId, readLocalized, readNestedMap, type ItemMap } from '../../live/item-fields'
import { orderedEntries, type OrderedCollection } from '../../live/ordered-map'
import { proseParagraphs } from '../../live/prose-text'
import { readItem } from '../../live/tolerant-read'
import { planActions } from './action-plan-doc'
import { actionSchema, budgetLineSchema, milestoneSchema, type Action } from './action-plan-schema'

/** What the actions may link to: links to anything else (deleted on another device) read as absent. */
export interface ActionLinkTargets {
  indicatorIds: ReadonlySet<string>
  matchIds: ReadonlySet<string>
}

/** Items of a collection nested in an action, each read through its schema; damaged ones left out. */
function nestedItems<T>(action: ItemMap, key: string, read: (item: ItemMap, id: string, order: string) => T) {
  const nested = readNestedMap(action, key)
  if (!nested) return []
  return orderedEntries(nested as OrderedCollection).flatMap(
    ({ id, item, order }) => read(item, id, order) ?? [],
  )
}

/**
 * The actions in display order, read tolerantly through actionSchema: a field of the wrong type reads as
 * its blank, a nested list that is not one reads as empty, a link to something gone is dropped.
 */
export function readActions(doc: Y.Doc, targets: ActionLinkTargets): Action[] {
  return orderedEntries(planActions(doc)).flatMap(({ id, item, order }) => {
    const description = item.get('description')
    const links: string[] = []
    readNestedMap(item, 'indicatorIds')?.forEach((value, key) => {
      if (value === true && targets.indicatorIds.has(key)) links.push(key)
    })
    const matchId = readId(item, 'matchId')
    return (
      readItem(actionSchema, item, {
        id,
        order,
        description: description instanceof Y.XmlFragment ? proseParagraphs(description) : [],
        milestones: nestedItems(item, 'milestones', (entry, entryId, entryOrder) =>
          readItem(milestoneSchema, entry, { id: entryId, order: entryOrder }),
        ),
        budgetLines: nestedItems(item, 'budgetLines', (entry, entryId, entryOrder) =>
          readItem(budgetLineSchema, entry, { id: entryId, order: entryOrder }),
        ),
        indicatorIds: links.sort(),
        matchId: matchId && targets.matchIds.has(matchId) ? matchId : null,
        // A title left with neither language reads as none, as the action card shows it.
        resourceTitle: readLocalized(item, 'resourceTitle'),
      }) ?? []
    )
  })
}
