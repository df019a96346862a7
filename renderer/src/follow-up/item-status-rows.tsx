import { Col, Form, Input, Row, Select, Typography } from 'antd'
import { ITEM_STATUSES } from '../../../shared/follow-up/follow-up-report-schema'
import { ITEM_STATUS_LABELS } from '../../../shared/follow-up/follow-up-terms-messages'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'

interface ItemStatusRowsProps {
  /** The form list the rows edit: 'actions' or 'matches'. */
  list: 'actions' | 'matches'
  titles: string[]
  /** Called when a status is chosen or a note left: where each field is saved on its own. */
  onCommit?: () => void
}

/** A status select and a note for each action (or each resource match) of the plan. */
export function ItemStatusRows({ list, titles, onCommit }: ItemStatusRowsProps) {
  const t = useMessages(followUpMessages)
  const language = useLanguage()
  const options = ITEM_STATUSES.map((status) => ({
    value: status,
    label: ITEM_STATUS_LABELS[status][language],
  }))
  return titles.map((rawTitle, index) => {
    const title = rawTitle || t('report.untitled')
    return (
      <Row key={index} gutter={12} align="top" className="follow-up-row">
        <Col xs={24} md={8}>
          <Typography.Text strong>{title}</Typography.Text>
        </Col>
        <Col xs={24} sm={10} md={6}>
          <Form.Item name={[list, index, 'status']} style={{ marginBottom: 8 }}>
            <Select
              options={options}
              aria-label={t('report.statusOf', { name: title })}
              onChange={onCommit}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14} md={10}>
          <Form.Item name={[list, index, 'note']} style={{ marginBottom: 8 }}>
            <Input
              maxLength={1000}
              placeholder={t('report.note')}
              aria-label={t('report.noteOf', { name: title })}
              onBlur={onCommit}
              onPressEnter={onCommit}
            />
          </Form.Item>
        </Col>
      </Row>
    )
  })
}
