import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import type { Translate } from '../../../../shared/i18n/translator'
import { problemDrop } from './problem-tree-drop'
import type { problemTreeUiMessages } from './problem-tree-ui-messages'

type ProblemTreeTranslate = Translate<(typeof problemTreeUiMessages.messages)['zh-CN']>

/**
 * dnd-kit's live-region messages in the UI language: which card is picked up, what it would hang on,
 * and what it hangs on once dropped, by the cards' texts rather than internal ids.
 */
export function problemTreeAnnouncements(
  t: ProblemTreeTranslate,
  nodes: readonly ProblemNode[],
  textOf: (id: string) => string,
): Announcements {
  const side = (kind: ProblemNodeKind) => t(`sides.${kind}`)
  const outcome = (activeId: string, overId: string | null) => problemDrop(nodes, activeId, overId)
  return {
    onDragStart: ({ active }) => t('dnd.picked', { text: textOf(String(active.id)) }),
    onDragOver: ({ active, over }) => {
      // Over nothing, or over its own place (just picked up): keep the "picked up" message audible.
      if (!over || over.id === active.id) return undefined
      const drop = outcome(String(active.id), String(over.id))
      if (drop.kind === 'loop') return t('dnd.overLoop', { target: textOf(String(over.id)) })
      if (drop.kind === 'unchanged') return t('dnd.overSame')
      return drop.parentId === null
        ? t('dnd.overCore', { side: side(drop.side) })
        : t('dnd.overCard', { target: textOf(drop.parentId) })
    },
    onDragEnd: ({ active, over }) => {
      const text = textOf(String(active.id))
      const drop = outcome(String(active.id), over ? String(over.id) : null)
      if (drop.kind === 'loop') return t('loop', { text, target: textOf(String(over?.id)) })
      if (drop.kind === 'unchanged') return t('dnd.unchanged', { text })
      return drop.parentId === null
        ? t('dnd.droppedCore', { text, side: side(drop.side) })
        : t('dnd.droppedCard', { text, target: textOf(drop.parentId) })
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { text: textOf(String(active.id)) }),
  }
}

export const problemTreeScreenReaderInstructions = (t: ProblemTreeTranslate): ScreenReaderInstructions => ({
  draggable: t('dnd.instructions'),
})
