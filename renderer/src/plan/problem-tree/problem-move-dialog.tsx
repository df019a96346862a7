import { Modal, Radio } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { type MoveOption, moveOptions, moveTargetKey } from './problem-tree-layers'

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
  const { t } = useTranslation()
  const options = moveOptions(nodes, node.id)
  const current = options.find((option) => option.current)
  const [chosen, setChosen] = useState(current ? moveTargetKey(current.target) : '')
  const untitled = t('plan.problemTree.untitled')
  const text = node.text.trim() || untitled

  const labelOf = (option: MoveOption): string => {
    const { target } = option
    const name =
      target.kind === 'core'
        ? t(
            target.side === 'cause'
              ? 'plan.problemTree.moveDialog.coreCause'
              : 'plan.problemTree.moveDialog.coreEffect',
          )
        : t(
            target.node.kind === 'cause'
              ? 'plan.problemTree.moveDialog.underCause'
              : 'plan.problemTree.moveDialog.underEffect',
            { text: target.node.text.trim() || untitled },
          )
    const note =
      option.blocked === 'self'
        ? t('plan.problemTree.moveDialog.self')
        : option.blocked === 'below'
          ? t('plan.problemTree.moveDialog.below')
          : option.current
            ? t('plan.problemTree.moveDialog.current')
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
      title={t('plan.problemTree.moveDialog.title', { text })}
      okText={t('plan.problemTree.moveDialog.ok')}
      cancelText={t('plan.problemTree.moveDialog.cancel')}
      okButtonProps={{ disabled: !selected || selected.blocked !== null || selected.current }}
      onOk={submit}
      onCancel={onCancel}
    >
      <p className="pt-move-help">{t('plan.problemTree.moveDialog.help')}</p>
      <p id="pt-move-label" className="pt-move-label">
        {t('plan.problemTree.moveDialog.label')}
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
