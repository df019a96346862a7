import type { UseQueryResult } from '@tanstack/react-query'
import { Form, Typography } from 'antd'
import type * as Y from 'yjs'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { PovertyLine } from '../../../../shared/poverty-line/poverty-line-schema'
import { computeBenefit } from '../../../../shared/exercises/target-setting/benefit-calculator'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { BenefitGap } from './benefit-gap'
import { BenefitIncome } from './benefit-income'
import { BenefitPeople } from './benefit-people'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface BenefitCalculatorProps {
  doc: Y.Doc
  plan: Plan
  lines: UseQueryResult<PovertyLine[]>
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
}

/**
 * The benefit arithmetic as three worked sums the group can follow on the screen: people lifted,
 * income per household, and whether that income clears the poverty line.
 */
export function BenefitCalculator({ doc, plan, lines, issues, editable }: BenefitCalculatorProps) {
  const t = useMessages(targetSettingUiMessages)
  const result = computeBenefit(plan, lines.data ?? [])
  const parts = { doc, plan, result, issues, editable }
  return (
    <section aria-labelledby="benefit-heading" className="plan-section benefit-section">
      <Typography.Title level={3} id="benefit-heading" className="target-section-title">
        {t('benefit.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('benefit.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" requiredMark={false} className="benefit-steps">
        <BenefitPeople {...parts} />
        <BenefitIncome {...parts} />
        <BenefitGap {...parts} lines={lines} />
      </Form>
    </section>
  )
}
