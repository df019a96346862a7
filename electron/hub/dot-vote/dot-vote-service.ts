import type { Hocuspocus } from '@hocuspocus/server'
import type { County } from '../../../shared/county/county-schema'
import {
  planDotResults,
  publishDotResults,
  withdrawDotResults,
} from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { tallyBallots, type BallotEntry } from '../../../shared/exercises/dot-vote/dot-vote-results'
import {
  existingCardIds,
  votableCardIds,
  votingClosed,
} from '../../../shared/exercises/dot-vote/dot-vote-rules'
import type {
  Ballot,
  BallotChange,
  CountyVotingProgress,
} from '../../../shared/exercises/dot-vote/dot-vote-schema'
import type { AccessScope } from '../../../shared/join/join-schema'
import { planDocName, sessionDocName } from '../../../shared/live/doc-names'
import { readPlan } from '../../../shared/live/plan-read'
import { setVotesRevealed } from '../../../shared/live/session-doc'
import { readCountyPlan } from '../api/plan-reader'
import { ApiError, notFound } from '../http/api-errors'
import type { Store } from '../store/store'
import { LegacyDotSweep } from './legacy-dots'
import { changeLiveDoc, readLiveDoc, readWorkshopSession } from './live-reads'
import { voterOf } from './voter-identity'

const sum = (entries: readonly { dots: number }[]) => entries.reduce((total, entry) => total + entry.dots, 0)

/**
 * The dot vote's rules, kept where the ballots are: a member reads and changes only their own dots,
 * within the facilitator's limit, on cards of their county's plan, while the dot vote is not locked for
 * them; the facilitator sees how far each county has voted and publishes the totals — only the totals —
 * into each plan when revealing. See docs/architecture.md "Secret ballots".
 */
export class DotVoteService {
  private readonly legacy: LegacyDotSweep

  constructor(
    private readonly store: Store,
    private readonly hocuspocus: Hocuspocus,
    /** Resolves once every live change made so far is committed (an answer waits for it). */
    private readonly committed: () => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {
    this.legacy = new LegacyDotSweep(store, hocuspocus)
  }

  async ballot(scope: AccessScope, workshopId: string, countyId: string): Promise<Ballot> {
    const { county, voter } = this.voterIn(scope, workshopId, countyId)
    const [{ session, run }, plan] = await Promise.all([
      readWorkshopSession(this.store, this.hocuspocus, workshopId),
      readCountyPlan(this.store, this.hocuspocus, workshopId, county),
    ])
    const mine = this.store.ballots.ofVoter(workshopId, countyId, voter)
    return this.ballotOf(
      mine,
      existingCardIds(plan),
      session.dotsPerMember,
      votingClosed(run, countyId, this.now()),
    )
  }

  async setDots(
    scope: AccessScope,
    workshopId: string,
    countyId: string,
    change: BallotChange,
  ): Promise<Ballot> {
    const { county, voter } = this.voterIn(scope, workshopId, countyId)
    const [{ session, run }, plan] = await Promise.all([
      readWorkshopSession(this.store, this.hocuspocus, workshopId),
      readCountyPlan(this.store, this.hocuspocus, workshopId, county),
    ])
    const closed = votingClosed(run, countyId, this.now())
    if (closed) throw new ApiError(409, 'dotVote.closed')
    const cards = existingCardIds(plan)
    // Checked against the member's ballot inside the write's transaction, so two quick requests of one
    // member cannot both spend the last dot.
    this.store.ballots.setDots({ workshopId, countyId, voter }, change.cardId, change.dots, (current) => {
      const onCard = current.find((entry) => entry.cardId === change.cardId)?.dots ?? 0
      if (change.dots <= onCard) return // taking dots back is always allowed
      if (!votableCardIds(plan).has(change.cardId)) throw new ApiError(404, 'dotVote.unknownCard')
      const elsewhere = sum(
        current.filter((entry) => entry.cardId !== change.cardId && cards.has(entry.cardId)),
      )
      if (elsewhere + change.dots > session.dotsPerMember) throw new ApiError(409, 'dotVote.limit')
    })
    // While the results are shown, they follow the votes.
    if (session.votesRevealed) await this.publish(workshopId, county)
    const mine = this.store.ballots.ofVoter(workshopId, countyId, voter)
    return this.ballotOf(mine, cards, session.dotsPerMember, null)
  }

  /** How many dots each county has placed and from how many members; never where. */
  async progress(workshopId: string): Promise<CountyVotingProgress[]> {
    await this.legacy.sweep(workshopId)
    const progress: CountyVotingProgress[] = []
    for (const county of this.store.counties.list(workshopId)) {
      const entries = this.store.ballots.ofCounty(workshopId, county.id)
      // A plan is read only where there are ballots to count against its cards.
      const cards =
        entries.length > 0
          ? existingCardIds(await readCountyPlan(this.store, this.hocuspocus, workshopId, county))
          : new Set<string>()
      const counted = entries.filter((entry) => cards.has(entry.cardId))
      progress.push({
        countyId: county.id,
        dots: sum(counted),
        voters: new Set(counted.map((entry) => entry.voter)).size,
      })
    }
    return progress
  }

  async reveal(workshopId: string): Promise<void> {
    await this.legacy.sweep(workshopId)
    // Totals first, then the switch: a device that sees "revealed" already has the ranking to show.
    for (const county of this.store.counties.list(workshopId)) await this.publish(workshopId, county)
    await changeLiveDoc(this.hocuspocus, sessionDocName(workshopId), (doc) => setVotesRevealed(doc, true))
    await this.committed()
  }

  async hide(workshopId: string): Promise<void> {
    // The switch first, so no device goes on showing results while they are being taken away.
    await changeLiveDoc(this.hocuspocus, sessionDocName(workshopId), (doc) => setVotesRevealed(doc, false))
    await this.withdrawAll(workshopId)
    await this.committed()
  }

  /** Takes every ballot of the workshop away and hides the results; answers how many dots there were. */
  async reset(workshopId: string): Promise<number> {
    await this.legacy.sweep(workshopId)
    // The ballots go before the switch: devices reread their ballot when the results are hidden.
    const dots = this.store.ballots.clear(workshopId)
    await changeLiveDoc(this.hocuspocus, sessionDocName(workshopId), (doc) => setVotesRevealed(doc, false))
    await this.withdrawAll(workshopId)
    await this.committed()
    return dots
  }

  private voterIn(
    scope: AccessScope,
    workshopId: string,
    countyId: string,
  ): { county: County; voter: string } {
    // The facilitator runs the vote and has no dots; a projector never reaches here (the contract).
    if (scope.kind !== 'group') throw new ApiError(403, 'dotVote.notAVoter')
    const county = this.store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    return { county, voter: voterOf(scope) }
  }

  private ballotOf(
    mine: readonly BallotEntry[],
    cards: ReadonlySet<string>,
    dotsPerMember: number,
    closed: Ballot['closed'],
  ): Ballot {
    const counted = mine.filter((entry) => cards.has(entry.cardId))
    const used = sum(counted)
    return {
      dotsPerMember,
      dots: counted.map((entry) => ({ cardId: entry.cardId, count: entry.dots })),
      used,
      left: Math.max(0, dotsPerMember - used),
      closed,
    }
  }

  /** Writes a county's totals into its plan; a plan with nothing to publish or take away is left unopened. */
  private async publish(workshopId: string, county: County): Promise<void> {
    const entries = this.store.ballots.ofCounty(workshopId, county.id)
    if (entries.length === 0 && !(await this.hasPublished(workshopId, county.id))) return
    await changeLiveDoc(this.hocuspocus, planDocName(workshopId, county.id), (doc) =>
      // Counted against the plan as it is inside this change: a card deleted a moment ago has no total.
      publishDotResults(doc, tallyBallots(entries, existingCardIds(readPlan(doc)))),
    )
  }

  private async withdrawAll(workshopId: string): Promise<void> {
    for (const county of this.store.counties.list(workshopId)) {
      if (!(await this.hasPublished(workshopId, county.id))) continue
      await changeLiveDoc(this.hocuspocus, planDocName(workshopId, county.id), (doc) =>
        withdrawDotResults(doc),
      )
    }
  }

  private hasPublished(workshopId: string, countyId: string): Promise<boolean> {
    const name = planDocName(workshopId, countyId)
    return readLiveDoc(this.store, this.hocuspocus, name, (doc) => planDotResults(doc).size > 0)
  }
}
