import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd'
import { exerciseTitle } from '../../../../shared/exercises/exercise-definitions'
import { EXERCISE_KINDS, type ExerciseKind } from '../../../../shared/program/exercise-kinds'
import { useLanguage } from '../../i18n/use-language'
import type { DraftItem } from './agenda-draft'
import { errorProps, type AgendaErrors } from './agenda-errors'
import { ReorderButtons } from './reorder-buttons'
import { useMessages } from '../../i18n/use-messages'
import { agendaMessages } from './agenda-messages'

interface AgendaItemRowProps {
  item: DraftItem
  index: number
  count: number
  startsAt: string | null
  path: string
  errors: AgendaErrors
  onChange: (item: DraftItem) => void
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
}

/** One exercise of a session: what it is, its title, how long it takes and when it starts. */
export function AgendaItemRow({
  item,
  index,
  count,
  startsAt,
  path,
  errors,
  onChange,
  onMove,
  onRemove,
}: AgendaItemRowProps) {
  const t = useMessages(agendaMessages)
  const language = useLanguage()
  const n = index + 1
  const label = (field: string) => `${t('itemN', { n })} · ${field}`
  const compact = { style: { marginBottom: 8 } }

  return (
    <Row gutter={8} align="top" wrap={false}>
      <Col flex="64px">
        <Typography.Text type="secondary" className="figure" style={{ lineHeight: '32px' }}>
          {startsAt ?? ''}
        </Typography.Text>
      </Col>
      <Col flex="260px">
        <Form.Item {...compact} {...errorProps(errors, `${path}.kind`)}>
          <Select<ExerciseKind>
            aria-label={label(t('itemKind'))}
            value={item.kind}
            onChange={(kind) => onChange({ ...item, kind })}
            options={EXERCISE_KINDS.map((kind) => ({
              value: kind,
              label: exerciseTitle(kind, language),
            }))}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Col>
      <Col flex="auto">
        <Form.Item {...compact} {...errorProps(errors, `${path}.title`)}>
          <Input
            aria-label={label(item.kind === 'custom' ? t('itemTitle') : t('itemTitleOptional'))}
            placeholder={item.kind === 'custom' ? undefined : exerciseTitle(item.kind, language)}
            value={item.title}
            maxLength={200}
            onChange={(event) => onChange({ ...item, title: event.target.value })}
          />
        </Form.Item>
      </Col>
      <Col flex="130px">
        <Form.Item {...compact} {...errorProps(errors, `${path}.plannedMinutes`)}>
          <InputNumber
            aria-label={label(t('itemMinutes'))}
            value={item.plannedMinutes}
            onChange={(minutes) => onChange({ ...item, plannedMinutes: minutes })}
            step={5}
            // No min/max: an out-of-range value stays as typed and the schema explains the limit.
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col flex="none">
        <ReorderButtons
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          labels={{
            up: t('moveItemUpN', { n }),
            down: t('moveItemDownN', { n }),
            remove: t('removeItemN', { n }),
          }}
        />
      </Col>
    </Row>
  )
}
