import { Typography } from 'antd'
import { ProseSection } from '../../plan/summary/prose-section'
import type { StepContext } from '../../plan/steps/step-context'
import { LogframeTable } from './logframe-table'
import { useMessages } from '../../i18n/use-messages'
import { logframeUiMessages } from './logframe-ui-messages'
import './logframe.css'

/** The logframe step: the goal, the matrix assembled from the other steps, assumptions and risks. */
export function LogframeStep({ doc, provider, user, editable, plan }: StepContext) {
  const t = useMessages(logframeUiMessages)
  const prose = { doc, provider, user, editable }
  return (
    <>
      <ProseSection {...prose} field="goal" heading={t('goal.heading')} intro={t('goal.intro')} />
      <section aria-labelledby="logframe-heading" className="plan-section">
        <Typography.Title level={2} id="logframe-heading" className="plan-section-title">
          {t('matrix.heading')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('matrix.intro')}</Typography.Paragraph>
        <LogframeTable plan={plan} />
      </section>
      <ProseSection
        {...prose}
        field="assumptions"
        heading={t('assumptions.heading')}
        intro={t('assumptions.intro')}
      />
      <ProseSection {...prose} field="risks" heading={t('risks.heading')} intro={t('risks.intro')} />
    </>
  )
}
