import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { problemDrop } from './problem-tree-drop'

/**
 * dnd-kit's live-region messages in the UI language: which card is picked up, what it would hang on,
 * and what it hangs on once dropped, by the cards' texts rather than internal ids.
 */
export function problemTreeAnnouncements(
  t: TFunction,
  nodes: readonly ProblemNode[],
  textOf: (id: string) => string,
): Announcements {
  const side = (kind: ProblemNodeKind) => t(`plan.problemTree.sides.${kind}`)
  const outcome = (activeId: string, overId: string | null) => problemDrop(nodes, activeId, overId)
  return {
    onDragStart: ({ active }) => t('plan.problemTree.dnd.picked', { text: textOf(String(active.id)) }),
    onDragOver: ({ active, over }) => {
      // Over nothing, or over its own place (just picked up): keep the "picked up" message audible.
      if (!over || over.id === active.id) return undefined
      const drop = outcome(String(active.id), String(over.id))
      if (drop.kind === 'loop') return t('plan.problemTree.dnd.overLoop', { target: textOf(String(over.id)) })
      if (drop.kind === 'unchanged') return t('plan.problemTree.dnd.overSame')
      return drop.parentId === null
        ? t('plan.problemTree.dnd.overCore', { side: side(drop.side) })
        : t('plan.problemTree.dnd.overCard', { target: textOf(drop.parentId) })
    },
    onDragEnd: ({ active, over }) => {
      const text = textOf(String(active.id))
      const drop = outcome(String(active.id), over ? String(over.id) : null)
      if (drop.kind === 'loop') return t('plan.problemTree.loop', { text, target: textOf(String(over?.id)) })
      if (drop.kind === 'unchanged') return t('plan.problemTree.dnd.unchanged', { text })
      return drop.parentId === null
        ? t('plan.problemTree.dnd.droppedCore', { text, side: side(drop.side) })
        : t('plan.problemTree.dnd.droppedCard', { text, target: textOf(drop.parentId) })
    },
    onDragCancel: ({ active }) => t('plan.problemTree.dnd.cancelled', { text: textOf(String(active.id)) }),
  }
}

export const problemTreeScreenReaderInstructions = (t: TFunction): ScreenReaderInstructions => ({
  draggable: t('plan.problemTree.dnd.instructions'),
})
