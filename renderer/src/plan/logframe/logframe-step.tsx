import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { ProseSection } from '../summary/prose-section'
import type { StepContext } from '../steps/step-context'
import { LogframeTable } from './logframe-table'
import './logframe.css'

/** The logframe step: the goal, the matrix assembled from the other steps, assumptions and risks. */
export function LogframeStep({ doc, provider, user, editable, plan }: StepContext) {
  const { t } = useTranslation()
  const prose = { doc, provider, user, editable }
  return (
    <>
      <ProseSection
        {...prose}
        field="goal"
        heading={t('plan.logframe.goal.heading')}
        intro={t('plan.logframe.goal.intro')}
      />
      <section aria-labelledby="logframe-heading" className="plan-section">
        <Typography.Title level={2} id="logframe-heading" className="plan-section-title">
          {t('plan.logframe.matrix.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('plan.logframe.matrix.intro')}</Typography.Paragraph>
        <LogframeTable plan={plan} />
      </section>
      <ProseSection
        {...prose}
        field="assumptions"
        heading={t('plan.logframe.assumptions.heading')}
        intro={t('plan.logframe.assumptions.intro')}
      />
      <ProseSection
        {...prose}
        field="risks"
        heading={t('plan.logframe.risks.heading')}
        intro={t('plan.logframe.risks.intro')}
      />
    </>
  )
}
