import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons'
import { Button, Popconfirm } from 'antd'
import type * as Y from 'yjs'
import {
  deleteObjective,
  moveObjective,
  updateObjective,
} from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import type { Objective } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import { LiveTextArea } from './live-text-area'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

interface ObjectiveItemProps {
  doc: Y.Doc
  objective: Objective
  position: number
  /** The objective after the next one (null: the end), for "move down"; undefined when it is last. */
  downBefore: string | null | undefined
  /** The objective before this one, for "move up"; undefined when it is first. */
  upBefore: string | undefined
  /** The text of the card it was made from, when it was made from one that still exists. */
  source: string | null
  editable: boolean
  autoFocus: boolean
  onFocused: () => void
}

/** One objective: rewritten in place, moved up or down by a button, deleted behind a confirmation. */
export function ObjectiveItem(props: ObjectiveItemProps) {
  const { doc, objective, position, downBefore, upBefore, source, editable } = props
  const t = useMessages(problemTreeUiMessages)
  const text = objective.text.trim() || t('objectives.untitled')
  return (
    <li className="pt-objective" data-objective-id={objective.id}>
      <span className="pt-objective-number" aria-hidden>
        {position}
      </span>
      <div className="pt-objective-main">
        <LiveTextArea
          className="pt-objective-text"
          value={objective.text}
          label={t('objectives.text', { position })}
          editable={editable}
          autoFocus={props.autoFocus}
          onFocus={props.onFocused}
          onChange={(value) => updateObjective(doc, objective.id, { text: value })}
        />
        {source !== null && <p className="pt-objective-source">{t('objectives.from', { text: source })}</p>}
      </div>
      <div className="pt-objective-actions">
        <Button
          type="text"
          icon={<ArrowUpOutlined aria-hidden />}
          aria-label={t('objectives.moveUp', { text })}
          disabled={!editable || upBefore === undefined}
          onClick={() => upBefore !== undefined && moveObjective(doc, objective.id, upBefore)}
        />
        <Button
          type="text"
          icon={<ArrowDownOutlined aria-hidden />}
          aria-label={t('objectives.moveDown', { text })}
          disabled={!editable || downBefore === undefined}
          onClick={() => downBefore !== undefined && moveObjective(doc, objective.id, downBefore)}
        />
        <Popconfirm
          title={t('objectives.deleteConfirm')}
          okText={t('card.deleteOk')}
          cancelText={t('card.deleteCancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => deleteObjective(doc, objective.id)}
          disabled={!editable}
        >
          <Button
            type="text"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('objectives.delete', { text })}
            disabled={!editable}
          />
        </Popconfirm>
      </div>
    </li>
  )
}
