import { PlusOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import {
  addMilestone,
  deleteMilestone,
  moveMilestone,
  updateMilestone,
} from '../../../../shared/exercises/action-plan/action-parts-doc'
import type { Action } from '../../../../shared/live/plan-schema'
import { DeleteButton } from './delete-button'
import { LiveDateField } from '../../plan/fields/live-date-field'
import { LiveTextField } from '../../plan/fields/live-text-field'
import { MoveButtons, refocusMoveButton } from './move-buttons'
import { stepPlacement } from './reorder'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface ActionMilestonesProps {
  doc: Y.Doc
  action: Action
  editable: boolean
  /** Milestones dated outside the action's start and end. */
  outside: readonly string[]
}

/** The action's milestones in order: a name and a date each, reordered with the up and down buttons. */
export function ActionMilestones({ doc, action, editable, outside }: ActionMilestonesProps) {
  const t = useMessages(actionPlanUiMessages)
  const [added, setAdded] = useState<string | null>(null)
  const ids = action.milestones.map((milestone) => milestone.id)
  const headingId = `milestones-${action.id}`
  return (
    <section className="action-subsection" aria-labelledby={headingId}>
      <h4 id={headingId} className="action-subheading">
        {t('milestones.heading')}
      </h4>
      {action.milestones.length === 0 ? (
        <p className="action-empty">{t('milestones.empty')}</p>
      ) : (
        <ol className="milestone-list">
          {action.milestones.map((milestone, index) => {
            const position = index + 1
            const warning = outside.includes(milestone.id)
            return (
              <li key={milestone.id} className="milestone-row" data-milestone-id={milestone.id}>
                <span className="milestone-number" aria-hidden>
                  {position}
                </span>
                <div className="milestone-title">
                  <LiveTextField
                    label={t('milestones.title', { position })}
                    hideLabel
                    ariaLabel={t('milestones.title', { position })}
                    placeholder={t('milestones.titlePlaceholder')}
                    value={milestone.title}
                    editable={editable}
                    autoFocus={milestone.id === added}
                    onSave={(title) => updateMilestone(doc, action.id, milestone.id, { title })}
                  />
                </div>
                <LiveDateField
                  className="milestone-date"
                  label={t('milestones.date', { position })}
                  hideLabel
                  ariaLabel={t('milestones.date', { position })}
                  value={milestone.date}
                  editable={editable}
                  warning={warning ? t('dates.milestoneOutside') : undefined}
                  onSave={(date) => updateMilestone(doc, action.id, milestone.id, { date })}
                />
                <span className="row-buttons">
                  <MoveButtons
                    upLabel={t('milestones.moveUp', { position })}
                    downLabel={t('milestones.moveDown', { position })}
                    first={index === 0}
                    last={index === ids.length - 1}
                    editable={editable}
                    focusKey={milestone.id}
                    onMove={(direction) => {
                      const beforeId = stepPlacement(ids, milestone.id, direction)
                      if (beforeId === undefined) return
                      moveMilestone(doc, action.id, milestone.id, beforeId)
                      refocusMoveButton(milestone.id, direction)
                    }}
                  />
                  <DeleteButton
                    label={t('milestones.delete', { position })}
                    confirm={t('milestones.deleteConfirm')}
                    editable={editable}
                    onConfirm={() => deleteMilestone(doc, action.id, milestone.id)}
                  />
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <Button
        icon={<PlusOutlined aria-hidden />}
        disabled={!editable}
        onClick={() => setAdded(addMilestone(doc, action.id))}
      >
        {t('milestones.add')}
      </Button>
    </section>
  )
}
