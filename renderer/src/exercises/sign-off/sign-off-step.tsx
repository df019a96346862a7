import type { StepContext } from '../../plan/steps/step-context'
import { ProseSection } from '../../plan/summary/prose-section'
import { ParticipantsPanel } from './participants-panel'
import { PlanCoverForm } from './plan-cover-form'
import { PlanReadiness } from './plan-readiness'
import { PlanStatusPanel } from './plan-status-panel'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'
import './sign-off.css'

/** Sign-off: the cover and who drafted the plan, the review schedule, what is still missing, and the draft/final status. */
export function SignOffStep({
  workshopId,
  countyId,
  token,
  doc,
  provider,
  user,
  editable,
  plan,
  facilitator,
  steps,
}: StepContext) {
  const t = useMessages(signOffUiMessages)
  return (
    <>
      <PlanCoverForm doc={doc} info={plan.info} editable={editable} />
      <ParticipantsPanel
        workshopId={workshopId}
        countyId={countyId}
        token={token}
        facilitator={facilitator}
        editable={editable}
      />
      <ProseSection
        doc={doc}
        provider={provider}
        user={user}
        editable={editable}
        field="monitoring"
        heading={t('monitoring.heading')}
        intro={t('monitoring.intro')}
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
