import type * as Y from 'yjs'
import type { Session } from '../../../../shared/live/session-doc'
import { DotVoteSettings } from './dot-vote-settings'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

interface DotVoteFacilitatorProps {
  /** The session document, written with the facilitator's token. */
  sessionDoc: Y.Doc
  session: Session
  /** Dots placed in this county's plan, and from how many devices. */
  progress: { dots: number; devices: number }
}

/**
 * What only the facilitator sets, for every county at once: how many dots each member has, and whether
 * the results are shown. The progress line says when everyone has voted, without showing where.
 */
export function DotVoteFacilitator({ sessionDoc, session, progress }: DotVoteFacilitatorProps) {
  const t = useMessages(dotVoteUiMessages)
  return (
    <section className="dv-facilitator" aria-labelledby="dv-facilitator-heading">
      <h3 id="dv-facilitator-heading" className="dv-facilitator-title">
        {t('facilitator.heading')}
      </h3>
      <p className="dv-facilitator-note">{t('facilitator.scope')}</p>
      <DotVoteSettings sessionDoc={sessionDoc} session={session} />
      <p className="dv-facilitator-note" role="status">
        {t('facilitator.placed', progress)}{' '}
        {t(session.votesRevealed ? 'facilitator.revealed' : 'facilitator.hidden')}
      </p>
    </section>
  )
}
