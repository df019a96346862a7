import { Col, Form, Input, Row } from 'antd'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { updateAction } from '../../../../shared/live/plan-actions'
import type { Action } from '../../../../shared/live/plan-schema'
import { dateFromInput } from './date-checks'

interface ActionDatesProps {
  doc: Y.Doc
  action: Action
  editable: boolean
  endBeforeStart: boolean
}

/**
 * Start and end as native date inputs (the system's picker on a tablet or phone, typed digits on a
 * laptop). An end before the start is saved as typed, since the other date may be the wrong one, and
 * flagged under the end date until someone puts it right.
 */
export function ActionDates({ doc, action, editable, endBeforeStart }: ActionDatesProps) {
  const { t } = useTranslation()
  const startId = useId()
  const endId = useId()
  const save = (field: 'startDate' | 'endDate', typed: string) => {
    const date = dateFromInput(typed)
    // A half-typed date reads as '' in the input: only a real change is written.
    if (date !== action[field] && (date !== null || typed === ''))
      updateAction(doc, action.id, { [field]: date })
  }
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item label={t('plan.actions.fields.startDate')} htmlFor={startId}>
          <Input
            id={startId}
            type="date"
            value={action.startDate ?? ''}
            readOnly={!editable}
            onChange={(event) => save('startDate', event.target.value)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          label={t('plan.actions.fields.endDate')}
          htmlFor={endId}
          validateStatus={endBeforeStart ? 'warning' : undefined}
          help={
            endBeforeStart ? (
              <span id={`${endId}-warning`}>{t('plan.actions.dates.endBeforeStart')}</span>
            ) : undefined
          }
        >
          <Input
            id={endId}
            type="date"
            value={action.endDate ?? ''}
            readOnly={!editable}
            aria-describedby={endBeforeStart ? `${endId}-warning` : undefined}
            onChange={(event) => save('endDate', event.target.value)}
          />
        </Form.Item>
      </Col>
    </Row>
  )
}
