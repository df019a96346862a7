import type { Hocuspocus } from '@hocuspocus/server'
import type { FastifyRequest } from 'fastify'
import type {
  FieldSave,
  FollowUpReport,
  FollowUpReportInput,
} from '../../../shared/follow-up/follow-up-report-schema'
import {
  conflictingChange,
  fieldKey,
  reportInput,
  withChange,
  type ReportFieldChange,
} from '../../../shared/follow-up/report-change'
import type { CountyReview } from '../../../shared/follow-up/county-review'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { emptyReport, misfitEntry } from '../../../shared/follow-up/report-entries'
import { targetSnapshot } from '../../../shared/follow-up/target-snapshot'
import type { AccessService } from '../access/access-service'
import { readCountyPlan } from '../api/plan-reader'
import { requireWorkshop } from '../api/require-workshop'
import { ApiError, notFound } from '../http/api-errors'
import { scopeOf } from '../http/request-auth'
import type { Store } from '../store/store'
import type { AccessScope } from '../../../shared/join/join-schema'

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
    const writer = this.writer(workshopId, roundId, request)
    const before = await this.latest(workshopId, roundId, countyId)
    if (misfitEntry(input, before.targets) !== null) throw new ApiError(400, 'followUp.unknownEntry')
    return this.store.followUp.putReport({
      ...before,
      ...input,
      reporterRole: writer.role,
      reportedAt: writer.at,
    })
  }

  /**
   * Stores some fields of the report, each merged into what is stored now, all or none: devices that
   * fill different rows never undo each other. A change to a field someone else saved since its editor
   * read it is refused (409, naming who), so neither of the two edits is lost unseen.
   */
  async change(
    workshopId: string,
    roundId: string,
    countyId: string,
    changes: readonly ReportFieldChange[],
    request: FastifyRequest,
  ): Promise<FollowUpReport> {
    const writer = this.writer(workshopId, roundId, request)
    const before = await this.latest(workshopId, roundId, countyId)
    const conflict = conflictingChange(before, changes)
    if (conflict) {
      const last = before.fieldSaves[fieldKey(conflict)]
      throw last?.role === 'county' && last.name
        ? new ApiError(409, 'followUp.conflictBy', undefined, { name: last.name })
        : new ApiError(409, 'followUp.conflictFacilitator')
    }
    const merged = changes.reduce(withChange, reportInput(before))
    if (misfitEntry(merged, before.targets) !== null) throw new ApiError(400, 'followUp.unknownEntry')
    const saved: FieldSave = { role: writer.role, name: writer.name, at: writer.at }
    const fieldSaves = { ...before.fieldSaves }
    for (const change of changes) fieldSaves[fieldKey(change)] = saved
    return this.store.followUp.putReport({
      ...before,
      ...merged,
      reporterRole: writer.role,
      reportedAt: writer.at,
      fieldSaves,
    })
  }

  /**
   * The report as stored at this moment. The plan is read (awaited) only for a report not saved yet; the
   * stored one is read again after that wait, so a save that landed meanwhile is merged into, not lost:
   * from here to the write nothing awaits.
   */
  private async latest(workshopId: string, roundId: string, countyId: string): Promise<FollowUpReport> {
    const fresh = await this.current(workshopId, roundId, countyId)
    return this.store.followUp.report(fresh.roundId, fresh.countyId) ?? fresh
  }

  /** Who writes, from the credential; a county's group only while the round is open to the counties. */
  private writer(workshopId: string, roundId: string, request: FastifyRequest) {
    const round = this.round(workshopId, roundId)
    const scope: AccessScope | null = scopeOf(request, this.access)
    const at = new Date().toISOString()
    if (scope?.kind !== 'group') return { role: 'facilitator' as const, name: '', at }
    if (!round.openToCounties) throw new ApiError(403, 'followUp.closed')
    return { role: 'county' as const, name: scope.displayName, at }
  }

  /**
   * What a county's group enters live: the latest round open to the counties (by date), the county's
   * report for it and the indicators' actuals of the round before; null while no round is open.
   */
  async openForCounty(workshopId: string, countyId: string): Promise<CountyReview | null> {
    const open = this.store.followUp
      .list(requireWorkshop(this.store, workshopId))
      .filter((r) => r.openToCounties)
    const round = open.at(-1)
    if (!round) return null
    const report = await this.current(workshopId, round.id, countyId)
    const previous = this.previous(workshopId, round, countyId)
    return {
      round,
      report,
      previous: previous && {
        roundId: previous.roundId,
        roundName: this.round(workshopId, previous.roundId).name,
        indicators: previous.indicators,
      },
    }
  }
}
