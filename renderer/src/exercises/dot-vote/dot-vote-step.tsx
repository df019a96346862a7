import { Alert, Skeleton } from 'antd'
import { useMemo } from 'react'
import { existingCardIds } from '../../../../shared/exercises/dot-vote/dot-vote-rules'
import { useSessionDocument } from '../../live/use-session-document'
import type { StepContext } from '../../plan/steps/step-context'
import { DotVoteBalance } from './dot-vote-balance'
import { DotVoteFacilitator } from './dot-vote-facilitator'
import { DotVoteGroup } from './dot-vote-group'
import { rankedResults, voteGroups } from './dot-vote-items'
import { DotVoteRefusal } from './dot-vote-refusal'
import { DotVoteResults } from './dot-vote-results'
import { useBallot } from './use-ballot'
import './dot-vote.css'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

/**
 * The dot vote: every written card of the problem tree and the SWOT board, this member's own dots on
 * them (read from the hub: nobody's dots are in the plan document), and the ranked totals once the
 * facilitator reveals them, which the hub publishes into the plan. The limit and the reveal come from
 * the session document, which only the facilitator can change; the hub enforces both.
 */
export function DotVoteStep(context: StepContext) {
  const { workshopId, countyId, token, facilitator, user, plan, editable } = context
  const t = useMessages(dotVoteUiMessages)
  const { session, doc: sessionDoc } = useSessionDocument(workshopId, token, user, facilitator)
  const groups = useMemo(() => voteGroups(plan), [plan])
  const { ballot, change, refusal, dismissRefusal } = useBallot({
    workshopId,
    countyId,
    token,
    enabled: !facilitator,
    revealed: session?.votesRevealed ?? false,
  })
  // A card deleted since the ballot was read gives its dots back at once, as the hub counts them.
  const mine = useMemo(() => {
    const cards = existingCardIds(plan)
    return new Map(
      (ballot?.dots ?? []).filter((entry) => cards.has(entry.cardId)).map((e) => [e.cardId, e.count]),
    )
  }, [ballot, plan])
  const used = [...mine.values()].reduce((sum, count) => sum + count, 0)

  if (!session) return <Skeleton active aria-label={t('loading')} />
  const total = session.dotsPerMember
  // The facilitator runs the vote and does not take part in a county's.
  const canVote = editable && !facilitator && ballot !== undefined

  return (
    <section aria-labelledby="dv-board-heading" className="plan-section dv-board">
      <h2 id="dv-board-heading" className="sr-only">
        {t('heading')}
      </h2>
      {facilitator && sessionDoc && (
        <DotVoteFacilitator
          workshopId={workshopId}
          countyId={countyId}
          sessionDoc={sessionDoc}
          session={session}
        />
      )}
      {!facilitator && ballot === undefined && (
        <Skeleton active paragraph={false} aria-label={t('loadingBallot')} />
      )}
      {canVote && <DotVoteBalance used={used} total={total} />}
      {refusal && <DotVoteRefusal refusal={refusal} onDismiss={dismissRefusal} />}
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
              onAdd={(cardId) => change(cardId, 1)}
              onRemove={(cardId) => change(cardId, -1)}
            />
          ))}
        </div>
      )}
    </section>
  )
}
