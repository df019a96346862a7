import { Modal, Radio } from 'antd'
import { useState } from 'react'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { type MoveOption, moveOptions, moveTargetKey } from './problem-tree-layers'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

interface ProblemMoveDialogProps {
  /** The card being moved; the dialog is open while it is set. */
  node: ProblemNode
  nodes: readonly ProblemNode[]
  onCancel: () => void
  onMove: (target: { parentId: string | null; side: ProblemNodeKind }) => void
}

/**
 * "Move under…" for whoever does not drag (keyboard, touch, screen reader): every place on the board,
 * the cards indented as in the tree. The card's own branch is listed but cannot be chosen, and says why.
 */
export function ProblemMoveDialog({ node, nodes, onCancel, onMove }: ProblemMoveDialogProps) {
  const t = useMessages(problemTreeUiMessages)
  const options = moveOptions(nodes, node.id)
  const current = options.find((option) => option.current)
  const [chosen, setChosen] = useState(current ? moveTargetKey(current.target) : '')
  const untitled = t('untitled')
  const text = node.text.trim() || untitled

  const labelOf = (option: MoveOption): string => {
    const { target } = option
    const name =
      target.kind === 'core'
        ? t(target.side === 'cause' ? 'moveDialog.coreCause' : 'moveDialog.coreEffect')
        : t(target.node.kind === 'cause' ? 'moveDialog.underCause' : 'moveDialog.underEffect', {
            text: target.node.text.trim() || untitled,
          })
    const note =
      option.blocked === 'self'
        ? t('moveDialog.self')
        : option.blocked === 'below'
          ? t('moveDialog.below')
          : option.current
            ? t('moveDialog.current')
            : ''
    return note ? `${name} ${note}` : name
  }

  const submit = () => {
    const option = options.find((candidate) => moveTargetKey(candidate.target) === chosen)
    if (!option || option.blocked || option.current) return
    const { target } = option
    onMove(
      target.kind === 'core'
        ? { parentId: null, side: target.side }
        : { parentId: target.node.id, side: target.node.kind },
    )
  }
  const selected = options.find((option) => moveTargetKey(option.target) === chosen)

  return (
    <Modal
      open
      title={t('moveDialog.title', { text })}
      okText={t('moveDialog.ok')}
      cancelText={t('moveDialog.cancel')}
      okButtonProps={{ disabled: !selected || selected.blocked !== null || selected.current }}
      onOk={submit}
      onCancel={onCancel}
    >
      <p className="pt-move-help">{t('moveDialog.help')}</p>
      <p id="pt-move-label" className="pt-move-label">
        {t('moveDialog.label')}
      </p>
      <Radio.Group
        className="pt-move-options"
        aria-labelledby="pt-move-label"
        // One name makes the choices one group, so arrow keys move between them.
        name="pt-move-target"
        value={chosen}
        onChange={(event) => setChosen(String(event.target.value))}
      >
        {options.map((option) => {
          const key = moveTargetKey(option.target)
          const depth = option.target.kind === 'card' ? option.target.node.depth : 0
          return (
            <Radio
              key={key}
              value={key}
              disabled={option.blocked !== null}
              className="pt-move-option"
              data-target-kind={option.target.kind === 'card' ? option.target.node.kind : 'core'}
              style={{ paddingInlineStart: depth * 20 }}
            >
              {labelOf(option)}
            </Radio>
          )
        })}
      </Radio.Group>
    </Modal>
  )
}
