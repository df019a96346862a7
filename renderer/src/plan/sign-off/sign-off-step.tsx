import { useTranslation } from 'react-i18next'
import type { StepContext } from '../steps/step-context'
import { ProseSection } from '../summary/prose-section'
import { PlanCoverForm } from './plan-cover-form'
import { PlanReadiness } from './plan-readiness'
import { PlanStatusPanel } from './plan-status-panel'
import './sign-off.css'

/** Sign-off: the cover, the review schedule, what is still missing, and the draft/final status. */
export function SignOffStep({
  workshopId,
  doc,
  provider,
  user,
  editable,
  plan,
  facilitator,
  steps,
}: StepContext) {
  const { t } = useTranslation()
  return (
    <>
      <PlanCoverForm doc={doc} info={plan.info} editable={editable} />
      <ProseSection
        doc={doc}
        provider={provider}
        user={user}
        editable={editable}
        field="monitoring"
        heading={t('plan.signOff.monitoring.heading')}
        intro={t('plan.signOff.monitoring.intro')}
      />
      <PlanReadiness plan={plan} steps={steps} />
      <PlanStatusPanel
        workshopId={workshopId}
        doc={doc}
        status={plan.info.status}
        facilitator={facilitator}
        editable={editable}
      />
    </>
  )
}
