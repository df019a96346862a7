import { Alert, Button } from 'antd'
import type { UseQueryResult } from '@tanstack/react-query'
import type * as Y from 'yjs'
import type { Plan } from '../../../../shared/live/plan-schema'
import { povertyLineBasis, type PovertyLine } from '../../../../shared/poverty-line/poverty-line-schema'
import type { BenefitResult } from '../../../../shared/exercises/target-setting/benefit-calculator'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { errorSentence } from '../../api/hub-error'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { BenefitStep, useSourceHintText, benefitFieldBinder } from './benefit-parts'
import { householdSizeHint, lineYearHint } from './benefit-sources'
import { TargetNumberField } from './target-fields'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface BenefitGapProps {
  doc: Y.Doc
  plan: Plan
  result: BenefitResult
  lines: UseQueryResult<PovertyLine[]>
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
}

/** Step 3: the gap to the poverty line of the year, per household, and whether step 2's income closes it. */
export function BenefitGap({ doc, plan, result, lines, issues, editable }: BenefitGapProps) {
  const t = useMessages(targetSettingUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const hintText = useSourceHintText()
  const { benefit } = plan
  const { resolved, gap } = result
  const bind = benefitFieldBinder(doc, benefit, issues)
  const yuan = (value: number) => t('benefit.gap.yuan', { value: format.count(value) })
  const size = resolved.householdSize
  const lineYear = resolved.povertyLineYear

  return (
    <BenefitStep number={3} heading={t('benefit.gap.heading')} formula={t('benefit.gap.formula')}>
      <div className="benefit-sum">
        <TargetNumberField
          kind="amount"
          label={t('benefit.gap.currentIncome')}
          {...bind('currentIncomePerCapita')}
          editable={editable}
          className="benefit-field"
        />
        <TargetNumberField
          kind="amount"
          label={t('benefit.gap.householdSize')}
          {...bind('householdSize')}
          placeholder={
            size.source !== 'entered' && size.value !== null ? format.count(size.value) : undefined
          }
          hint={hintText(householdSizeHint(resolved, plan.dataCard))}
          editable={editable}
          className="benefit-field"
        />
        <TargetNumberField
          kind="year"
          label={t('benefit.gap.lineYear')}
          {...bind('povertyLineYear')}
          placeholder={lineYear.source === 'target-year' ? String(lineYear.value) : undefined}
          hint={hintText(lineYearHint(resolved))}
          editable={editable}
          className="benefit-field benefit-field-narrow"
        />
      </div>
      {lines.isPending ? (
        <p className="target-hint" role="status">
          {t('benefit.gap.linesLoading')}
        </p>
      ) : lines.isError ? (
        <Alert
          type="warning"
          showIcon
          title={t('benefit.gap.linesError', { reason: errorSentence(lines.error, language) })}
          action={<Button onClick={() => void lines.refetch()}>{t('benefit.gap.retry')}</Button>}
        />
      ) : (
        <>
          {gap && (
            <dl className="benefit-worked">
              <div>
                <dt>{t('benefit.gap.line')}</dt>
                <dd>
                  {t('benefit.gap.lineValue', {
                    value: format.count(gap.line.yuanPerPersonYear),
                  })}
                  <span className="benefit-worked-note">
                    {t('benefit.gap.lineOf', {
                      year: String(gap.line.year),
                      basis: povertyLineBasis(gap.line, language),
                    })}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('benefit.gap.gapPerCapita')}</dt>
                <dd>
                  {benefit.currentIncomePerCapita !== null && gap.gapPerCapita > 0
                    ? `${format.count(gap.line.yuanPerPersonYear)} − ${format.count(benefit.currentIncomePerCapita)} = `
                    : ''}
                  {yuan(gap.gapPerCapita)}
                </dd>
              </div>
              <div>
                <dt>{t('benefit.gap.gapPerHousehold')}</dt>
                <dd>
                  {size.value !== null
                    ? `${format.count(gap.gapPerCapita)} × ${format.count(size.value)} = `
                    : ''}
                  <strong>{yuan(gap.gapPerHousehold)}</strong>
                </dd>
              </div>
            </dl>
          )}
          <p className="benefit-verdict" data-verdict={String(result.closesGap)} role="status">
            {result.closesGap === null || !gap || result.incomePerHousehold === null
              ? t('benefit.gap.waiting')
              : t(result.closesGap ? 'benefit.gap.closes' : 'benefit.gap.fallsShort', {
                  income: format.count(result.incomePerHousehold),
                  gap: format.count(gap.gapPerHousehold),
                })}
          </p>
        </>
      )}
    </BenefitStep>
  )
}
