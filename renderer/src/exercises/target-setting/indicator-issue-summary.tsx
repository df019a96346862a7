import { WarningFilled } from '@ant-design/icons'
import { Button } from 'antd'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import {
  formatTargetIssue,
  type TargetIssue,
} from '../../../../shared/exercises/target-setting/target-checks'
import { useLanguage } from '../../i18n/use-language'
import { issueField } from './target-issue-paths'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface IndicatorIssueSummaryProps {
  indicators: readonly Indicator[]
  issues: readonly TargetIssue[]
  /** Puts the keyboard in the box a path names (the table scrolls to it). */
  onShow: (path: string) => void
}

/**
 * The table's warnings in one list above it. Each warning is also under its own box, but on a laptop
 * most columns are scrolled out of sight; one click or Enter takes the group to the box concerned.
 */
export function IndicatorIssueSummary({ indicators, issues, onShow }: IndicatorIssueSummaryProps) {
  const t = useMessages(targetSettingUiMessages)
  const language = useLanguage()
  const rowOf = (id: string) => indicators.findIndex((indicator) => indicator.id === id) + 1
  const placed = issues.flatMap((issue) => {
    const field = issueField(issue.path)
    if (!field || field.area === 'benefit' || rowOf(field.id) === 0) return []
    const column =
      field.area === 'target'
        ? t('table.columns.target', { year: String(field.year) })
        : field.field === 'responsibleUnit'
          ? t('table.columns.responsibleUnit')
          : null
    if (!column) return []
    return [{ issue, where: t('table.issueAt', { row: rowOf(field.id), column }) }]
  })
  if (placed.length === 0) return null
  return (
    <section className="indicator-issues" aria-labelledby="indicator-issues-heading">
      <h4 id="indicator-issues-heading" className="indicator-issues-heading">
        <WarningFilled aria-hidden className="target-warning-icon" />
        {t('table.issuesHeading', { count: placed.length })}
      </h4>
      <ul className="indicator-issues-list">
        {placed.map(({ issue, where }) => (
          <li key={`${issue.path} ${issue.key}`}>
            <Button type="link" className="indicator-issue-link" onClick={() => onShow(issue.path)}>
              {where}
            </Button>
            <span>{formatTargetIssue(issue, language)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
