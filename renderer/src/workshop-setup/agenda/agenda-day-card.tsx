import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, Typography } from 'antd'
import { useFormatters } from '../../components/use-formatters'
import { draftDayMinutes, moveAt, newSession, removeAt, replaceAt, type DraftDay } from './agenda-draft'
import { errorProps, type AgendaErrors } from './agenda-errors'
import { AgendaSessionBlock } from './agenda-session-block'
import { ReorderButtons } from './reorder-buttons'
import { useMessages } from '../../i18n/use-messages'
import { agendaMessages } from './agenda-messages'

interface AgendaDayCardProps {
  day: DraftDay
  index: number
  count: number
  path: string
  errors: AgendaErrors
  onChange: (day: DraftDay) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

/** One day of the workshop: its theme, its sessions and the day's total time. */
export function AgendaDayCard({
  day,
  index,
  count,
  path,
  errors,
  onChange,
  onMove,
  onRemove,
}: AgendaDayCardProps) {
  const t = useMessages(agendaMessages)
  const format = useFormatters()
  const n = index + 1
  const listError = errors.get(`${path}.sessions`)

  return (
    <section aria-label={t('dayN', { n })}>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {t('dayN', { n })}
            {day.title && (
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {' '}
                · {day.title}
              </Typography.Text>
            )}
          </Typography.Title>
        }
        extra={
          <Flex gap={12} align="center">
            <Typography.Text strong className="figure">
              {t('dayTotal', { duration: format.duration(draftDayMinutes(day)) })}
            </Typography.Text>
            <ReorderButtons
              index={index}
              count={count}
              onMove={onMove}
              onRemove={onRemove}
              labels={{
                up: t('moveDayUpN', { n }),
                down: t('moveDayDownN', { n }),
                remove: t('removeDayN', { n }),
              }}
            />
          </Flex>
        }
      >
        <Form.Item
          label={t('dayTitleN', { n })}
          htmlFor={`day-${day.id}-title`}
          style={{ maxWidth: 640, marginBottom: 12 }}
          {...errorProps(errors, `${path}.title`)}
        >
          <Input
            id={`day-${day.id}-title`}
            value={day.title}
            maxLength={200}
            onChange={(event) => onChange({ ...day, title: event.target.value })}
          />
        </Form.Item>
        {day.sessions.length === 0 && (
          <Typography.Paragraph type="secondary">{t('emptyDay')}</Typography.Paragraph>
        )}
        {day.sessions.map((session, sessionIndex) => (
          <AgendaSessionBlock
            key={session.id}
            session={session}
            index={sessionIndex}
            count={day.sessions.length}
            path={`${path}.sessions.${sessionIndex}`}
            errors={errors}
            onChange={(next) => onChange({ ...day, sessions: replaceAt(day.sessions, sessionIndex, next) })}
            onMove={(delta) => onChange({ ...day, sessions: moveAt(day.sessions, sessionIndex, delta) })}
            onRemove={() => onChange({ ...day, sessions: removeAt(day.sessions, sessionIndex) })}
          />
        ))}
        {listError && <Typography.Paragraph type="danger">{listError}</Typography.Paragraph>}
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => onChange({ ...day, sessions: [...day.sessions, newSession(day.sessions.at(-1))] })}
        >
          {t('addSession')}
        </Button>
      </Card>
    </section>
  )
}
