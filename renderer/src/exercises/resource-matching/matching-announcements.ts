import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { Match } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { matchingDrop, needPlacement, parseDragId } from './matching-drop'
import type { ResourceMatchingT } from './resource-matching-ui-messages'

interface BoardNames {
  needIds: readonly string[]
  matches: readonly Match[]
  needText: (needId: string) => string
  resourceTitle: (resourceId: string) => string
}

/**
 * dnd-kit's live-region messages in the UI language: a resource is announced by its title and the
 * need it would be matched to; a need card by its text and position, never by internal id.
 */
export function matchingAnnouncements(t: ResourceMatchingT, names: BoardNames): Announcements {
  const { needIds, matches, needText, resourceTitle } = names
  const key = (id: string | number) => String(id)
  const positionAfter = (activeId: string, beforeId: string | null) => {
    const rest = needIds.filter((id) => id !== activeId)
    return beforeId === null ? rest.length + 1 : rest.indexOf(beforeId) + 1
  }
  return {
    onDragStart: ({ active }) => {
      const item = parseDragId(key(active.id))
      if (!item) return undefined
      return item.type === 'resource'
        ? t('dnd.pickedResource', { title: resourceTitle(item.id) })
        : t('dnd.pickedNeed', {
            text: needText(item.id),
            position: needIds.indexOf(item.id) + 1,
          })
    },
    onDragOver: ({ active, over }) => {
      const item = parseDragId(key(active.id))
      const target = over ? parseDragId(key(over.id)) : null
      if (!item || !over) return undefined
      if (item.type === 'resource') {
        return target?.type === 'need'
          ? t('dnd.overNeed', { need: needText(target.id) })
          : t('dnd.overNothing')
      }
      const placement = target?.type === 'need' ? needPlacement(needIds, item.id, target.id) : null
      return placement
        ? t('dnd.overPosition', { position: positionAfter(item.id, placement.beforeId) })
        : t('dnd.overPosition', { position: needIds.indexOf(item.id) + 1 })
    },
    onDragEnd: ({ active, over }) => {
      const item = parseDragId(key(active.id))
      if (!item) return undefined
      const drop = matchingDrop(needIds, matches, key(active.id), over ? key(over.id) : null)
      if (item.type === 'resource') {
        const title = resourceTitle(item.id)
        if (drop?.kind === 'match') return t('dnd.matched', { title, need: needText(drop.needId) })
        if (drop?.kind === 'already-matched') {
          return t('dnd.alreadyMatched', { title, need: needText(drop.needId) })
        }
        return t('dnd.notMatched', { title })
      }
      const text = needText(item.id)
      return drop?.kind === 'move-need'
        ? t('dnd.movedNeed', { text, position: positionAfter(item.id, drop.beforeId) })
        : t('dnd.unchangedNeed', { text })
    },
    onDragCancel: ({ active }) => {
      const item = parseDragId(key(active.id))
      if (!item) return undefined
      return item.type === 'resource'
        ? t('dnd.cancelledResource', { title: resourceTitle(item.id) })
        : t('dnd.cancelledNeed', { text: needText(item.id) })
    },
  }
}

export const matchingScreenReaderInstructions = (t: ResourceMatchingT): ScreenReaderInstructions => ({
  draggable: t('dnd.instructions'),
})
