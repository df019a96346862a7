import { Col, Form, Input, InputNumber, Row, Tag, Typography } from 'antd'
import type { FollowUpReportInput, TargetSnapshot } from '../../../shared/follow-up/follow-up-report-schema'
import { indicatorProgress, type IndicatorState } from '../../../shared/follow-up/follow-up-progress'
import { INDICATOR_STATE_LABELS } from '../../../shared/follow-up/follow-up-terms-messages'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'

const STATE_COLORS: Record<IndicatorState, string | undefined> = {
  met: 'green',
  behind: 'red',
  'no-target': undefined,
  'not-reported': undefined,
}

/** antd's green tag text is too pale on its background for small print (axe: colour contrast). */
const READABLE_GREEN = { color: '#135200' }

/**
 * Each indicator of the plan with the round year's target, a box for the actual value and, as it is typed,
 * whether the target is met or how far behind it is. The box keeps what is typed; the shared schema says
 * what is wrong with it.
 */
interface IndicatorRowsProps {
  targets: TargetSnapshot
  /** The actuals reported in the round before, shown beside this round's targets. */
  previous?: { roundName: string; actuals: ReadonlyMap<string, number | null> } | null
  /** Called when a box is left or Enter is pressed: where each field is saved on its own. */
  onCommit?: () => void
}

export function IndicatorRows({ targets, previous, onCommit }: IndicatorRowsProps) {
  const t = useMessages(followUpMessages)
  const format = useFormatters()
  const language = useLanguage()
  const form = Form.useFormInstance<FollowUpReportInput>()
  const entries = Form.useWatch('indicators', form) ?? []
  return targets.indicators.map((indicator, index) => {
    const actual = entries[index]?.actual
    const progress = indicatorProgress(indicator, typeof actual === 'number' ? actual : null)
    const name = indicator.name || t('report.untitled')
    const figure = (value: number) => `${format.count(value)}${indicator.unit ? ` ${indicator.unit}` : ''}`
    const previousText = (before: NonNullable<IndicatorRowsProps['previous']>, id: string) => {
      const value = before.actuals.get(id)
      return typeof value === 'number'
        ? t('report.previous', { round: before.roundName, actual: figure(value) })
        : t('report.previousNone', { round: before.roundName })
    }
    return (
      <Row key={indicator.id} gutter={12} align="top" className="follow-up-row">
        <Col xs={24} md={8}>
          <Typography.Text strong>{name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">
            {indicator.target === null
              ? t('report.noTarget', { year: targets.planYear })
              : t('report.target', { year: targets.planYear, target: figure(indicator.target) })}
          </Typography.Text>
          {previous && (
            <>
              <br />
              <Typography.Text type="secondary">{previousText(previous, indicator.id)}</Typography.Text>
            </>
          )}
        </Col>
        <Col xs={14} sm={8} md={5}>
          <Form.Item name={['indicators', index, 'actual']} style={{ marginBottom: 8 }}>
            <InputNumber
              style={{ width: '100%' }}
              placeholder={t('report.actual')}
              aria-label={t('report.actualOf', { name })}
              onBlur={onCommit}
              onPressEnter={onCommit}
            />
          </Form.Item>
        </Col>
        <Col xs={10} sm={6} md={4} style={{ paddingTop: 4 }}>
          <Tag
            color={STATE_COLORS[progress.state]}
            style={progress.state === 'met' ? READABLE_GREEN : undefined}
            data-state={progress.state}
          >
            {INDICATOR_STATE_LABELS[progress.state][language]}
          </Tag>
          {progress.state === 'behind' && progress.gap !== null && (
            <Typography.Text type="danger">{t('report.gap', { gap: figure(progress.gap) })}</Typography.Text>
          )}
        </Col>
        <Col xs={24} sm={10} md={7}>
          <Form.Item name={['indicators', index, 'note']} style={{ marginBottom: 8 }}>
            <Input
              maxLength={1000}
              placeholder={t('report.note')}
              aria-label={t('report.noteOf', { name })}
              onBlur={onCommit}
              onPressEnter={onCommit}
            />
          </Form.Item>
        </Col>
      </Row>
    )
  })
}
