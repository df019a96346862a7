import { Col, Row } from 'antd'
import type * as Y from 'yjs'
import { updateAction } from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { Action } from '../../../../shared/live/plan-schema'
import { LiveDateField } from '../../plan/fields/live-date-field'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface ActionDatesProps {
  doc: Y.Doc
  action: Action
  editable: boolean
  endBeforeStart: boolean
}

/**
 * Start and end. An end before the start is saved as typed, since the other date may be the wrong
 * one, and flagged under the end date until someone puts it right.
 */
export function ActionDates({ doc, action, editable, endBeforeStart }: ActionDatesProps) {
  const t = useMessages(actionPlanUiMessages)
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <LiveDateField
          label={t('fields.startDate')}
          value={action.startDate}
          editable={editable}
          onSave={(startDate) => updateAction(doc, action.id, { startDate })}
        />
      </Col>
      <Col xs={24} sm={12}>
        <LiveDateField
          label={t('fields.endDate')}
          value={action.endDate}
          editable={editable}
          warning={endBeforeStart ? t('dates.endBeforeStart') : undefined}
          onSave={(endDate) => updateAction(doc, action.id, { endDate })}
        />
      </Col>
    </Row>
  )
}
