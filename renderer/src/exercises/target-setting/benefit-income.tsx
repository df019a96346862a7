import type * as Y from 'yjs'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { BenefitResult } from '../../../../shared/exercises/target-setting/benefit-calculator'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { useFormatters } from '../../components/use-formatters'
import { BenefitStep, SumResult, SumSign, benefitFieldBinder } from './benefit-parts'
import { TargetNumberField } from './target-fields'
import { benefitIssuePath } from './target-issue-paths'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface BenefitIncomeProps {
  doc: Y.Doc
  plan: Plan
  result: BenefitResult
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
}

/** Step 2: income per household = units sold × profit per unit ÷ participating households. */
export function BenefitIncome({ doc, plan, result, issues, editable }: BenefitIncomeProps) {
  const t = useMessages(targetSettingUiMessages)
  const format = useFormatters()
  const { benefit } = plan
  const bind = benefitFieldBinder(doc, benefit, issues)
  const at = (field: string) => issues.get(benefitIssuePath(field))
  const size = result.resolved.householdSize.value
  const perCapita =
    result.upliftPerCapita !== null && size !== null
      ? t('benefit.income.perCapita', {
          size: format.count(size),
          value: format.count(result.upliftPerCapita),
        })
      : undefined

  return (
    <BenefitStep number={2} heading={t('benefit.income.heading')} formula={t('benefit.income.formula')}>
      <div className="benefit-sum">
        <TargetNumberField
          kind="count"
          label={t('benefit.income.unitsSold')}
          {...bind('unitsSold')}
          editable={editable}
          className="benefit-field"
        />
        <SumSign sign="×" />
        <TargetNumberField
          kind="amount"
          label={t('benefit.income.profitPerUnit')}
          {...bind('profitPerUnit')}
          editable={editable}
          className="benefit-field"
        />
        <SumSign sign="÷" />
        <TargetNumberField
          kind="count"
          label={t('benefit.income.households')}
          {...bind('participatingHouseholds')}
          editable={editable}
          className="benefit-field"
        />
        <SumSign sign="=" />
        <SumResult
          label={t('benefit.income.result')}
          value={result.incomePerHousehold === null ? null : format.count(result.incomePerHousehold)}
          unit={t('benefit.income.unit')}
          waiting={t('benefit.income.waiting')}
          detail={perCapita}
          issues={at('incomePerHousehold')}
        />
      </div>
    </BenefitStep>
  )
}
