import type { Hocuspocus } from '@hocuspocus/server'
import type { FastifyRequest } from 'fastify'
import type { FollowUpReport, FollowUpReportInput } from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { emptyReport, misfitEntry } from '../../../shared/follow-up/report-entries'
import { targetSnapshot } from '../../../shared/follow-up/target-snapshot'
import type { AccessService } from '../access/access-service'
import { readCountyPlan } from '../api/plan-reader'
import { requireWorkshop } from '../api/require-workshop'
import { ApiError, notFound } from '../http/api-errors'
import { scopeOf } from '../http/request-auth'
import type { Store } from '../store/store'

/**
 * A county's report for a round, read and written the same way whether it comes from the form (JSON) or a
 * filled spreadsheet: tied to the targets its plan had when it was first saved, kept from then on.
 */
export class CountyReports {
  constructor(
    private readonly store: Store,
    private readonly hocuspocus: Hocuspocus,
    private readonly access: AccessService,
  ) {}

  round(workshopId: string, roundId: string): FollowUpRound {
    const round = this.store.followUp.get(requireWorkshop(this.store, workshopId), roundId)
    if (!round) throw notFound()
    return round
  }

  /** The saved report, or, before anything is saved, an empty one against the plan's targets as they stand. */
  async current(workshopId: string, roundId: string, countyId: string): Promise<FollowUpReport> {
    const round = this.round(workshopId, roundId)
    const county = this.store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    const saved = this.store.followUp.report(round.id, county.id)
    if (saved) return saved
    const plan = await readCountyPlan(this.store, this.hocuspocus, workshopId, county)
    return emptyReport(round.id, county.id, targetSnapshot(plan, round.planYear))
  }

  /** The county's saved report of the latest round dated before this one, if any (the "previous actual"). */
  previous(workshopId: string, round: FollowUpRound, countyId: string): FollowUpReport | null {
    const earlier = this.store.followUp
      .list(workshopId)
      .filter((other) => other.id !== round.id && other.date < round.date)
    for (const other of earlier.reverse()) {
      const report = this.store.followUp.report(other.id, countyId)
      if (report) return report
    }
    return null
  }

  /** Stores the report whole; the reporter's role comes from the credential, never from the body. */
  async save(
    workshopId: string,
    roundId: string,
    countyId: string,
    input: FollowUpReportInput,
    request: FastifyRequest,
  ): Promise<FollowUpReport> {
    const before = await this.current(workshopId, roundId, countyId)
    if (misfitEntry(input, before.targets) !== null) throw new ApiError(400, 'followUp.unknownEntry')
    const scope = scopeOf(request, this.access)
    return this.store.followUp.putReport({
      ...input,
      roundId: before.roundId,
      countyId: before.countyId,
      targets: before.targets,
      reporterRole: scope?.kind === 'group' ? 'county' : 'facilitator',
      reportedAt: new Date().toISOString(),
    })
  }
}
