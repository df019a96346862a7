import { PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Form, Input, Row, Typography } from 'antd'
import { useFormatters } from '../../components/use-formatters'
import {
  draftSessionMinutes,
  endOfSession,
  itemStartTimes,
  moveAt,
  newItem,
  removeAt,
  replaceAt,
  type DraftSession,
} from './agenda-draft'
import { errorProps, type AgendaErrors } from './agenda-errors'
import { AgendaItemRow } from './agenda-item-row'
import { ReorderButtons } from './reorder-buttons'
import { useMessages } from '../../i18n/use-messages'
import { agendaMessages } from './agenda-messages'

interface AgendaSessionBlockProps {
  session: DraftSession
  index: number
  count: number
  path: string
  errors: AgendaErrors
  onChange: (session: DraftSession) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

/** A morning or afternoon: its start time, its items in order, and how long it runs. */
export function AgendaSessionBlock({
  session,
  index,
  count,
  path,
  errors,
  onChange,
  onMove,
  onRemove,
}: AgendaSessionBlockProps) {
  const t = useMessages(agendaMessages)
  const format = useFormatters()
  const n = index + 1
  const starts = itemStartTimes(session)
  const end = endOfSession(session)
  const listError = errors.get(`${path}.items`)

  return (
    <div
      role="group"
      aria-label={session.title || t('sessionN', { n })}
      style={{
        border: '1px solid #e5e5e5',
        borderRadius: 8,
        padding: '12px 12px 4px',
        marginBottom: 12,
        background: '#fcfcfc',
      }}
    >
      <Row gutter={8} align="top" wrap={false}>
        <Col flex="auto">
          <Form.Item
            label={t('sessionTitle')}
            htmlFor={`session-${session.id}-title`}
            style={{ marginBottom: 8 }}
            {...errorProps(errors, `${path}.title`)}
          >
            <Input
              id={`session-${session.id}-title`}
              value={session.title}
              placeholder={t('sessionN', { n })}
              maxLength={200}
              onChange={(event) => onChange({ ...session, title: event.target.value })}
            />
          </Form.Item>
        </Col>
        <Col flex="110px">
          <Form.Item
            label={t('startTime')}
            htmlFor={`session-${session.id}-start`}
            style={{ marginBottom: 8 }}
            {...errorProps(errors, `${path}.startTime`)}
          >
            {/* A plain HH:MM field: the native time input would show AM/PM on English systems. */}
            <Input
              id={`session-${session.id}-start`}
              inputMode="numeric"
              placeholder="09:00"
              maxLength={5}
              value={session.startTime}
              onChange={(event) => onChange({ ...session, startTime: event.target.value })}
            />
          </Form.Item>
        </Col>
        <Col flex="none" style={{ paddingTop: 30 }}>
          <ReorderButtons
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
            labels={{
              up: t('moveSessionUpN', { n }),
              down: t('moveSessionDownN', { n }),
              remove: t('removeSessionN', { n }),
            }}
          />
        </Col>
      </Row>

      {session.items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
          {t('emptySession')}
        </Typography.Paragraph>
      ) : (
        <>
          <Row gutter={8} wrap={false} aria-hidden="true" style={{ marginBottom: 2 }}>
            <Col flex="64px">
              <Typography.Text type="secondary">{t('itemStartsHeader')}</Typography.Text>
            </Col>
            <Col flex="260px">
              <Typography.Text type="secondary">{t('itemKind')}</Typography.Text>
            </Col>
            <Col flex="auto">
              <Typography.Text type="secondary">{t('itemTitle')}</Typography.Text>
            </Col>
            <Col flex="250px">
              <Typography.Text type="secondary">{t('itemMinutes')}</Typography.Text>
            </Col>
          </Row>
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {session.items.map((item, itemIndex) => (
              <li key={item.id}>
                <AgendaItemRow
                  item={item}
                  index={itemIndex}
                  count={session.items.length}
                  startsAt={starts[itemIndex] ?? null}
                  path={`${path}.items.${itemIndex}`}
                  errors={errors}
                  onChange={(next) =>
                    onChange({ ...session, items: replaceAt(session.items, itemIndex, next) })
                  }
                  onMove={(delta) => onChange({ ...session, items: moveAt(session.items, itemIndex, delta) })}
                  onRemove={() => onChange({ ...session, items: removeAt(session.items, itemIndex) })}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {listError && <Typography.Paragraph type="danger">{listError}</Typography.Paragraph>}

      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => onChange({ ...session, items: [...session.items, newItem()] })}
        >
          {t('addItem')}
        </Button>
        <Typography.Text strong className="figure">
          {t('sessionTotal', {
            duration: format.duration(draftSessionMinutes(session)),
            start: session.startTime || '?',
            end: end ?? '?',
          })}
        </Typography.Text>
      </Flex>
    </div>
  )
}
