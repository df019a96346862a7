import { Alert, Skeleton } from 'antd'
import { useMemo } from 'react'
import { castDot, removeDot } from '../../../../shared/exercises/dot-vote/dot-vote-doc'
import { useSessionDocument } from '../../live/use-session-document'
import type { StepContext } from '../../plan/steps/step-context'
import { DotVoteBalance } from './dot-vote-balance'
import { DotVoteFacilitator } from './dot-vote-facilitator'
import { DotVoteGroup } from './dot-vote-group'
import { dotsOf, rankedResults, voteGroups, votingProgress } from './dot-vote-items'
import { DotVoteResults } from './dot-vote-results'
import { useVoterId } from './use-voter-id'
import './dot-vote.css'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

/**
 * The dot vote: every written card of the problem tree and the SWOT board, this device's dots on them,
 * and the ranked totals once the facilitator reveals them. The limit and the reveal come from the
 * session document, which only the facilitator can change.
 */
export function DotVoteStep({ workshopId, token, facilitator, doc, user, plan, editable }: StepContext) {
  const t = useMessages(dotVoteUiMessages)
  const voterId = useVoterId(workshopId)
  const { session, doc: sessionDoc } = useSessionDocument(workshopId, token, user, facilitator)
  const groups = useMemo(() => voteGroups(plan), [plan])
  const mine = useMemo(() => dotsOf(plan, voterId), [plan, voterId])
  const used = [...mine.values()].reduce((sum, count) => sum + count, 0)

  if (!session) return <Skeleton active aria-label={t('loading')} />
  const total = session.dotsPerMember
  // The facilitator runs the vote and does not take part in a county's.
  const canVote = editable && !facilitator

  return (
    <section aria-labelledby="dv-board-heading" className="plan-section dv-board">
      <h2 id="dv-board-heading" className="sr-only">
        {t('heading')}
      </h2>
      {facilitator && sessionDoc && (
        <DotVoteFacilitator sessionDoc={sessionDoc} session={session} progress={votingProgress(plan)} />
      )}
      {canVote && <DotVoteBalance used={used} total={total} />}
      {session.votesRevealed ? (
        <DotVoteResults results={rankedResults(plan)} />
      ) : (
        <Alert type="info" showIcon className="dv-note" title={t('anonymous')} />
      )}
      {facilitator && <p className="dv-note-plain">{t('facilitator.notVoting')}</p>}
      {groups.length === 0 ? (
        <p className="dv-empty">{t('noCards')}</p>
      ) : (
        <div className="dv-groups">
          {groups.map((group) => (
            <DotVoteGroup
              key={group.source}
              group={group}
              mine={mine}
              canVote={canVote}
              hasDotLeft={used < total}
              onAdd={(cardId) => castDot(doc, cardId, voterId, total)}
              onRemove={(cardId) => removeDot(doc, cardId, voterId)}
            />
          ))}
        </div>
      )}
    </section>
  )
}
