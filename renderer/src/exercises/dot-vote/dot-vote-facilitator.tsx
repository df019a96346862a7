import type * as Y from 'yjs'
import type { Session } from '../../../../shared/live/session-doc'
import { DotVoteSettings } from './dot-vote-settings'
import { useDotVoteProgress } from './use-dot-vote-progress'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

interface DotVoteFacilitatorProps {
  workshopId: string
  countyId: string
  /** The session document, written with the facilitator's token. */
  sessionDoc: Y.Doc
  session: Session
}

/**
 * What only the facilitator sets, for every county at once: how many dots each member has, and whether
 * the results are shown. The progress line says when everyone has voted, without showing where.
 */
export function DotVoteFacilitator({ workshopId, countyId, sessionDoc, session }: DotVoteFacilitatorProps) {
  const t = useMessages(dotVoteUiMessages)
  const progress = useDotVoteProgress(workshopId)
  const county = progress.data?.find((entry) => entry.countyId === countyId) ?? { dots: 0, voters: 0 }
  return (
    <section className="dv-facilitator" aria-labelledby="dv-facilitator-heading">
      <h3 id="dv-facilitator-heading" className="dv-facilitator-title">
        {t('facilitator.heading')}
      </h3>
      <p className="dv-facilitator-note">{t('facilitator.scope')}</p>
      <DotVoteSettings workshopId={workshopId} sessionDoc={sessionDoc} session={session} />
      <p className="dv-facilitator-note" role="status">
        {t('facilitator.placed', { dots: county.dots, voters: county.voters })}{' '}
        {t(session.votesRevealed ? 'facilitator.revealed' : 'facilitator.hidden')}
      </p>
    </section>
  )
}
