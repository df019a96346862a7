import { Alert, Skeleton } from 'antd'
import { Link } from 'react-router'
import { planDocName } from '../../../shared/live/doc-names'
import { RefusedWritesNotice } from '../live/refused-writes-notice'
import { useLiveDocument } from '../live/use-live-document'
import { usePresentUsers } from '../live/use-present-users'
import { RoomStrip } from '../session/room-strip'
import { RunSessionContext, useOpenRunSession } from '../session/run-session'
import { PlanHeader } from './header/plan-header'
import { PlanSteps } from './steps/plan-steps'
import { VersionsButton } from '../versions/versions-button'
import type { PlanAccess } from './use-plan-access'
import { useMessages } from '../i18n/use-messages'
import { planMessages } from './plan-messages'

type Granted = Extract<PlanAccess, { kind: 'group' | 'facilitator' }>

interface PlanWorkspaceProps {
  workshopId: string
  countyId: string
  access: Granted
}

/**
 * The plan's live document and what edits it. Steps receive the document and decide nothing about
 * connections; exercises extend the plan by adding steps in steps/plan-steps.tsx.
 */
export function PlanWorkspace({ workshopId, countyId, access }: PlanWorkspaceProps) {
  const t = useMessages(planMessages)
  const facilitator = access.kind === 'facilitator'
  const { live, ready, status, refusals } = useLiveDocument(
    planDocName(workshopId, countyId),
    access.token,
    access.user,
    facilitator,
  )
  const provider = ready ? (live?.provider ?? null) : null
  const users = usePresentUsers(provider)
  // A refused device keeps showing what it has, but stops accepting edits that could not be saved.
  const editable = status.kind !== 'refused'
  // The facilitator's broadcast: timer, message, locks and "bring everyone here" for the steps below.
  const runSession = useOpenRunSession(workshopId, access.token, access.user, facilitator)

  return (
    <RunSessionContext.Provider value={runSession}>
      <div className="plan-page">
        <PlanHeader
          county={access.county}
          status={status}
          users={users}
          backTo={facilitator ? `/workshops/${encodeURIComponent(workshopId)}/join` : undefined}
        >
          {runSession.run && <RoomStrip run={runSession.run} />}
        </PlanHeader>
        {facilitator && (
          <Alert
            type="info"
            title={t('asFacilitator')}
            className="plan-note"
            action={<VersionsButton plan={{ workshopId, countyId }} county={access.county} />}
          />
        )}
        {status.kind === 'refused' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            className="plan-note"
            title={t('ended.title')}
            description={
              <>
                <p style={{ margin: '0 0 8px' }}>{t('ended.text')}</p>
                {!facilitator && <Link to="/join">{t('ended.rejoin')}</Link>}
              </>
            }
          />
        )}
        {live && <RefusedWritesNotice refusals={refusals} onDismiss={(id) => live.dismissRefusal(id)} />}
        {live && provider ? (
          <PlanSteps
            workshopId={workshopId}
            countyId={countyId}
            token={access.token}
            facilitator={facilitator}
            doc={live.doc}
            provider={provider}
            user={access.user}
            editable={editable}
          />
        ) : (
          <Skeleton active aria-label={t('loading')} />
        )}
      </div>
    </RunSessionContext.Provider>
  )
}
