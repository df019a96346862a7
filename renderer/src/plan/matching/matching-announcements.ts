import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import type { Match } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { matchingDrop, needPlacement, parseDragId } from './matching-drop'

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
export function matchingAnnouncements(t: TFunction, names: BoardNames): Announcements {
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
        ? t('plan.matching.dnd.pickedResource', { title: resourceTitle(item.id) })
        : t('plan.matching.dnd.pickedNeed', {
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
          ? t('plan.matching.dnd.overNeed', { need: needText(target.id) })
          : t('plan.matching.dnd.overNothing')
      }
      const placement = target?.type === 'need' ? needPlacement(needIds, item.id, target.id) : null
      return placement
        ? t('plan.matching.dnd.overPosition', { position: positionAfter(item.id, placement.beforeId) })
        : t('plan.matching.dnd.overPosition', { position: needIds.indexOf(item.id) + 1 })
    },
    onDragEnd: ({ active, over }) => {
      const item = parseDragId(key(active.id))
      if (!item) return undefined
      const drop = matchingDrop(needIds, matches, key(active.id), over ? key(over.id) : null)
      if (item.type === 'resource') {
        const title = resourceTitle(item.id)
        if (drop?.kind === 'match')
          return t('plan.matching.dnd.matched', { title, need: needText(drop.needId) })
        if (drop?.kind === 'already-matched') {
          return t('plan.matching.dnd.alreadyMatched', { title, need: needText(drop.needId) })
        }
        return t('plan.matching.dnd.notMatched', { title })
      }
      const text = needText(item.id)
      return drop?.kind === 'move-need'
        ? t('plan.matching.dnd.movedNeed', { text, position: positionAfter(item.id, drop.beforeId) })
        : t('plan.matching.dnd.unchangedNeed', { text })
    },
    onDragCancel: ({ active }) => {
      const item = parseDragId(key(active.id))
      if (!item) return undefined
      return item.type === 'resource'
        ? t('plan.matching.dnd.cancelledResource', { title: resourceTitle(item.id) })
        : t('plan.matching.dnd.cancelledNeed', { text: needText(item.id) })
    },
  }
}

export const matchingScreenReaderInstructions = (t: TFunction): ScreenReaderInstructions => ({
  draggable: t('plan.matching.dnd.instructions'),
})
