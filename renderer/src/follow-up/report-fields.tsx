import { Form, Input, Typography } from 'antd'
import type { TargetSnapshot } from '../../../shared/follow-up/follow-up-report-schema'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'
import { IndicatorRows } from './indicator-rows'
import { ItemStatusRows } from './item-status-rows'

interface ReportFieldsProps {
  targets: TargetSnapshot
  previous?: Parameters<typeof IndicatorRows>[0]['previous']
  /** Called as each field is left or chosen (the county's live form saves it then). */
  onCommit?: () => void
}

/**
 * The fields of a county's report inside a report form: the indicators' actuals, the actions' and the
 * matches' statuses, the narrative and the reporter, the same for the facilitator and the county team.
 */
export function ReportFields({ targets, previous, onCommit }: ReportFieldsProps) {
  const t = useMessages(followUpMessages)
  const language = useLanguage()
  const section = (title: string) => (
    <Typography.Title level={3} style={{ fontSize: 16, marginTop: 20 }}>
      {title}
    </Typography.Title>
  )
  return (
    <>
      {section(t('report.indicators'))}
      {targets.indicators.length === 0 ? (
        <Typography.Text type="secondary">{t('report.noIndicators')}</Typography.Text>
      ) : (
        <IndicatorRows targets={targets} previous={previous} onCommit={onCommit} />
      )}
      {section(t('report.actions'))}
      {targets.actions.length === 0 ? (
        <Typography.Text type="secondary">{t('report.noActions')}</Typography.Text>
      ) : (
        <ItemStatusRows
          list="actions"
          titles={targets.actions.map((action) => action.title)}
          onCommit={onCommit}
        />
      )}
      {section(t('report.matches'))}
      {targets.matches.length === 0 ? (
        <Typography.Text type="secondary">{t('report.noMatches')}</Typography.Text>
      ) : (
        <ItemStatusRows
          list="matches"
          titles={targets.matches.map((match) => match.title[language] || match.title['zh-CN'])}
          onCommit={onCommit}
        />
      )}
      <Form.Item name="narrative" label={t('report.narrative')} style={{ marginTop: 20 }}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} onBlur={onCommit} />
      </Form.Item>
      <Form.Item name="reporterName" label={t('report.reporterName')}>
        <Input maxLength={100} style={{ maxWidth: 320 }} onBlur={onCommit} onPressEnter={onCommit} />
      </Form.Item>
    </>
  )
}
