import * as Y from 'yjs'
import { textIn, type Locale, type Localized } from '../../locale/locale'
import { readLocalized, readText } from '../../live/item-fields'
import { planMatches, planNeeds } from '../resource-matching/resource-matching-doc'
import { setProseParagraphs } from '../../live/prose-text'
import { actionAt, insertAction } from './action-plan-doc'

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
