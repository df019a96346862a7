import { z } from 'zod'
import { agendaSchema, type Agenda } from '../agenda/agenda-schema'
import { isBackupName, type BackupInfo, type StoreStatus } from '../backups/backup-schema'
import { countyInputSchema, type County } from '../county/county-schema'
import { groupInputSchema, type Group } from '../group/group-schema'
import type { JoinInfo, JoinResponse, LanStatus, MeReply, Presence } from '../join/join-schema'
import { joinRequestSchema, openLanSchema } from '../join/join-schema'
import {
  ballotChangeSchema,
  type Ballot,
  type CountyVotingProgress,
} from '../exercises/dot-vote/dot-vote-schema'
import type { CommentThread } from '../comments/comments-doc'
import type { FollowUpOverviewLine } from '../follow-up/follow-up-progress'
import type { FollowUpProjection } from '../follow-up/follow-up-projection'
import {
  followUpReportInputSchema,
  type FollowUpReport,
  type SavedFollowUpReport,
} from '../follow-up/follow-up-report-schema'
import {
  followUpRoundInputSchema,
  roundOpeningSchema,
  type FollowUpRound,
} from '../follow-up/follow-up-round-schema'
import type { CountyReview } from '../follow-up/county-review'
import { reportChangesSchema } from '../follow-up/report-change'
import { REVIEW_TEMPLATE_MAX_BYTES } from '../follow-up/review-template-layout'
import type { Plan } from '../live/plan-schema'
import { participantsCorrectionSchema, type CountyParticipants } from '../exercises/sign-off/participants'
import { povertyLineTableSchema, type PovertyLineTable } from '../poverty-line/poverty-line-schema'
import { resourceInputSchema, type Resource } from '../resources/resource-schema'
import type { PlanEdits } from '../session/plan-edits'
import { projectorLinkRequestSchema } from '../session/projector-link'
import {
  createWorkshopSchema,
  workshopInputSchema,
  type Workshop,
  type WorkshopSummary,
} from '../workshop/workshop-schema'
import { idSchema } from '../validation/common-fields'
import {
  saveVersionSchema,
  type VersionInfo,
  type VersionPreview,
  type VersionRestored,
} from '../versions/version-schema'
import { API_ROUTES as R } from './api-routes'
import {
  pdfQuerySchema,
  planCsvQuerySchema,
  resourceOrderSchema,
  reviewCsvQuerySchema,
  workshopFileImportQuerySchema,
} from './request-schemas'
import { WORKSHOP_FILE_LIMITS, WORKSHOP_FILE_MEDIA_TYPE } from '../workshop-file/workshop-file-format'
import {
  created,
  csvDownload,
  fileBodySchema,
  gzipDownload,
  json,
  jsonDownload,
  noContent,
  pdfDownload,
  route,
  xlsxDownload,
  XLSX_MEDIA_TYPE,
} from './route-spec'

export interface HealthResponse {
  /** 'recovery': the hub started without a usable database and serves only the recovery screen. */
  status: 'ok' | 'recovery'
  app: 'plan-workshop'
  version: string
  /** Highest database migration this build knows and has applied. */
  schemaVersion: number
  /**
   * The database's lineage, renewed by every restore; a device whose local copies belong to another
   * generation drops them (null before the hub could record one).
   */
  generation: string | null
}

/** What a restore restored, and the backup of the state it replaced (null when that state was damaged). */
export interface BackupRestored {
  restored: BackupInfo
  keptAs: BackupInfo | null
}

/** What an import stored: the workshop as it is here now; `copy` when it was stored under new ids. */
export interface WorkshopFileImported {
  workshop: Workshop
  copy: boolean
}

const versionParams = z.object({
  workshopId: idSchema,
  countyId: idSchema,
  versionId: z.string().regex(/^[1-9][0-9]{0,14}$/, 'v.invalid'),
})

const backupParams = z.object({ backupName: z.string().refine(isBackupName, 'v.invalid') })

/**
 * The hub's REST API, every route once: the hub registers exactly these (validating params, query and body
 * with these schemas and applying `access` before a handler runs) and the renderer calls them by name.
 * Group devices read what their plan's exercises need (the poverty-line table for the benefit calculator,
 * the resource catalogue for matching, the agenda whose exercises are the steps of their workspace, their
 * county's participants); the projector reads what the room is shown.
 */
export const API_CONTRACT = {
  health: route('GET', R.health, { access: 'anyone', reply: json<HealthResponse>() }),

  listWorkshops: route('GET', R.workshops, { access: ['facilitator'], reply: json<WorkshopSummary[]>() }),
  createWorkshop: route('POST', R.workshops, {
    access: ['facilitator'],
    body: createWorkshopSchema,
    reply: created<Workshop>(),
  }),
  getWorkshop: route('GET', R.workshop, { access: ['facilitator', 'projector'], reply: json<Workshop>() }),
  updateWorkshop: route('PUT', R.workshop, {
    access: ['facilitator'],
    body: workshopInputSchema,
    reply: json<Workshop>(),
  }),
  deleteWorkshop: route('DELETE', R.workshop, { access: ['facilitator'], reply: noContent }),

  listCounties: route('GET', R.counties, { access: ['facilitator', 'projector'], reply: json<County[]>() }),
  createCounty: route('POST', R.counties, {
    access: ['facilitator'],
    body: countyInputSchema,
    reply: created<County>(),
  }),
  getCounty: route('GET', R.county, { access: ['facilitator'], reply: json<County>() }),
  updateCounty: route('PUT', R.county, {
    access: ['facilitator'],
    body: countyInputSchema,
    reply: json<County>(),
  }),
  deleteCounty: route('DELETE', R.county, { access: ['facilitator'], reply: noContent }),

  listGroups: route('GET', R.groups, { access: ['facilitator'], reply: json<Group[]>() }),
  createGroup: route('POST', R.groups, {
    access: ['facilitator'],
    body: groupInputSchema,
    reply: created<Group>(),
  }),
  updateGroup: route('PUT', R.group, {
    access: ['facilitator'],
    body: groupInputSchema,
    reply: json<Group>(),
  }),
  deleteGroup: route('DELETE', R.group, { access: ['facilitator'], reply: noContent }),

  /** The agenda and the poverty-line table are each edited and saved as one whole document. */
  getAgenda: route('GET', R.agenda, { access: ['facilitator', 'group', 'projector'], reply: json<Agenda>() }),
  replaceAgenda: route('PUT', R.agenda, {
    access: ['facilitator'],
    body: agendaSchema,
    reply: json<Agenda>(),
  }),
  getPovertyLines: route('GET', R.povertyLines, {
    access: ['facilitator', 'group'],
    reply: json<PovertyLineTable>(),
  }),
  replacePovertyLines: route('PUT', R.povertyLines, {
    access: ['facilitator'],
    body: povertyLineTableSchema,
    reply: json<PovertyLineTable>(),
  }),

  listResources: route('GET', R.resources, { access: ['facilitator', 'group'], reply: json<Resource[]>() }),
  createResource: route('POST', R.resources, {
    access: ['facilitator'],
    body: resourceInputSchema,
    reply: created<Resource>(),
  }),
  /** `ids` names every resource once, in the new order; a stale list is refused with 409. */
  reorderResources: route('PUT', R.resources, {
    access: ['facilitator'],
    body: resourceOrderSchema,
    reply: json<Resource[]>(),
  }),
  getResource: route('GET', R.resource, { access: ['facilitator'], reply: json<Resource>() }),
  updateResource: route('PUT', R.resource, {
    access: ['facilitator'],
    body: resourceInputSchema,
    reply: json<Resource>(),
  }),
  deleteResource: route('DELETE', R.resource, { access: ['facilitator'], reply: noContent }),

  /**
   * A county's plan as it stands, read from its live document; groups read theirs live instead. Beyond
   * `access`, a group reads another county's while a review round lets it review that county
   * (`reviewGrant` in electron/hub/http/review-grant.ts).
   */
  getPlan: route('GET', R.plan, { access: ['facilitator'], reply: json<Plan>() }),
  /** Every county's plan of a workshop, in county order. */
  listPlans: route('GET', R.plans, {
    access: ['facilitator'],
    reply: json<{ countyId: string; plan: Plan }[]>(),
  }),
  /** When each county's plan was last edited. */
  getPlanEdits: route('GET', R.planEdits, { access: ['facilitator'], reply: json<PlanEdits>() }),
  /**
   * Secret ballots: a member reads and changes only their own dots (the hub knows who from the token and
   * ignores any voter named in the body); the facilitator sees how many dots each county has placed, never
   * where, and reveals, hides or clears the vote for every county at once.
   */
  getBallot: route('GET', R.ballot, { access: ['facilitator', 'group'], reply: json<Ballot>() }),
  setBallotDots: route('PUT', R.ballot, {
    access: ['facilitator', 'group'],
    body: ballotChangeSchema,
    reply: json<Ballot>(),
  }),
  dotVoteProgress: route('GET', R.dotVotes, {
    access: ['facilitator'],
    reply: json<CountyVotingProgress[]>(),
  }),
  /** Publishes each county's totals into its plan (and nothing else) and marks the results shown. */
  revealDotVotes: route('POST', R.dotVotesReveal, { access: ['facilitator'], reply: noContent }),
  /** Takes the published totals out of every plan again; the ballots stay. */
  hideDotVotes: route('POST', R.dotVotesHide, { access: ['facilitator'], reply: noContent }),
  /** Takes every dot off every county's cards and hides the results; answers how many dots it took. */
  resetDotVotes: route('POST', R.dotVotesReset, { access: ['facilitator'], reply: json<{ dots: number }>() }),
  /** Who drafted the county's plan, for its cover and annex; PUT is the facilitator's correction. */
  getParticipants: route('GET', R.participants, {
    access: ['facilitator', 'group'],
    reply: json<CountyParticipants>(),
  }),
  correctParticipants: route('PUT', R.participants, {
    access: ['facilitator'],
    body: participantsCorrectionSchema,
    reply: json<CountyParticipants>(),
  }),
  // Versions of a county plan: kept by the hub (lock, agenda move, every few minutes of changes, before a
  // restore) and by the facilitator with a label; only the facilitator sees, saves and restores them.
  /** Newest first. */
  listPlanVersions: route('GET', R.planVersions, { access: ['facilitator'], reply: json<VersionInfo[]>() }),
  savePlanVersion: route('POST', R.planVersions, {
    access: ['facilitator'],
    body: saveVersionSchema,
    reply: created<VersionInfo>(),
  }),
  getPlanVersion: route('GET', R.planVersion, {
    access: ['facilitator'],
    params: versionParams,
    reply: json<VersionPreview>(),
  }),
  /** Keeps the current state as a version ("before restore"), then every device receives the version live. */
  restorePlanVersion: route('POST', R.planVersionRestore, {
    access: ['facilitator'],
    params: versionParams,
    reply: json<VersionRestored>(),
  }),
  /** PDF downloads: ?lang=zh-CN|en, the workshop's language when absent. */
  /** A county's comment threads, read from its comments document (the print view of its open comments). */
  getComments: route('GET', R.comments, { access: ['facilitator'], reply: json<CommentThread[]>() }),
  /** A county's open comments as a list of their own, apart from the plan's PDF. */
  commentsPdf: route('GET', R.commentsPdf, {
    access: ['facilitator'],
    query: pdfQuerySchema,
    reply: pdfDownload,
  }),
  planPdf: route('GET', R.planPdf, { access: ['facilitator'], query: pdfQuerySchema, reply: pdfDownload }),
  summaryPdf: route('GET', R.summaryPdf, {
    access: ['facilitator'],
    query: pdfQuerySchema,
    reply: pdfDownload,
  }),
  // A county plan's tables for the offices that re-use them (?lang=zh-CN|en, the workshop's language
  // when absent); the county's own group may download its own plan's, as it may read it.
  /** Every table as a sheet, under a title row naming the county and the workshop. */
  planXlsx: route('GET', R.planXlsx, {
    access: ['facilitator', 'group'],
    query: pdfQuerySchema,
    reply: xlsxDownload,
  }),
  /** One table (`?table=`), UTF-8 with a byte-order mark. */
  planCsv: route('GET', R.planCsv, {
    access: ['facilitator', 'group'],
    query: planCsvQuerySchema,
    reply: csvDownload,
  }),
  /** The whole plan as the hub reads it, with the workshop and county, as a file. */
  planJson: route('GET', R.planJson, {
    access: ['facilitator', 'group'],
    query: pdfQuerySchema,
    reply: jsonDownload,
  }),

  getLan: route('GET', R.lan, { access: ['facilitator'], reply: json<LanStatus>() }),
  openLan: route('POST', R.lanOpen, {
    access: ['facilitator'],
    body: openLanSchema,
    reply: json<LanStatus>(),
  }),
  closeLan: route('POST', R.lanClose, { access: ['facilitator'], reply: json<LanStatus>() }),
  getJoinInfo: route('GET', R.joinInfo, { access: ['facilitator', 'projector'], reply: json<JoinInfo>() }),
  getPresence: route('GET', R.presence, { access: ['facilitator'], reply: json<Presence>() }),
  /** Rate-limited per device address; refused while the session is not open to the LAN. */
  join: route('POST', R.join, { access: 'anyone', body: joinRequestSchema, reply: json<JoinResponse>() }),
  /** Who the bearer is (401 without a valid token or a loopback connection). */
  me: route('GET', R.me, { access: 'anyone', reply: json<MeReply>() }),
  /** Answered only on the hub's own machine: the facilitator's windows use it for the live documents. */
  facilitatorToken: route('GET', R.facilitatorToken, { access: 'anyone', reply: json<{ token: string }>() }),
  /** The hub's clock (ms since the epoch), for devices to estimate how far off their own clock is. */
  time: route('GET', R.time, { access: 'anyone', reply: json<{ now: number }>() }),
  /** The workshop's read-only projector credential; `renew` replaces the old one. */
  projectorLink: route('POST', R.projectorLink, {
    access: ['facilitator'],
    body: projectorLinkRequestSchema.default({}),
    reply: json<{ token: string }>(),
  }),

  // Backups and the database's state: the backups screen's routes, and the recovery screen's (the hub
  // without a database answers only these and health).
  /** A full disk and the edits waiting, damage, the newest backup. */
  getStoreStatus: route('GET', R.storeStatus, { access: ['facilitator'], reply: json<StoreStatus>() }),
  /** Newest first. */
  listBackups: route('GET', R.backups, { access: ['facilitator'], reply: json<BackupInfo[]>() }),
  /** Takes a backup now (507 when the disk is full). */
  createBackup: route('POST', R.backups, { access: ['facilitator'], reply: created<BackupInfo>() }),
  /** Backs up the current state, then restores this backup while the hub runs. */
  restoreBackup: route('POST', R.backupRestore, {
    access: ['facilitator'],
    params: backupParams,
    reply: json<BackupRestored>(),
  }),
  // A workshop in one file (.planworkshop), to move it to another laptop.
  /** The workshop and everything it holds, as one file named after the workshop. */
  exportWorkshopFile: route('GET', R.workshopFile, { access: ['facilitator'], reply: gzipDownload }),
  /**
   * The file as the body (application/octet-stream), imported whole or not at all; `?copy=1` stores a
   * workshop already here under new ids beside it. Refusals say what is wrong with the file.
   */
  importWorkshopFile: route('POST', R.workshopFileImport, {
    access: ['facilitator'],
    query: workshopFileImportQuerySchema,
    body: fileBodySchema,
    upload: {
      mediaTypes: ['application/octet-stream', WORKSHOP_FILE_MEDIA_TYPE],
      maxBytes: WORKSHOP_FILE_LIMITS.fileBytes,
      tooLarge: 'workshopFile.tooLarge',
    },
    reply: created<WorkshopFileImported>(),
  }),

  // Follow-up reviews (跟踪复盘), months after the class. A report is judged against the targets its plan
  // had when the report was first saved (kept in the report); reviews never change a plan.
  /** Oldest first (by date); a county's group reads them to report on its own county. */
  listFollowUpRounds: route('GET', R.followUpRounds, {
    access: ['facilitator', 'group', 'projector'],
    reply: json<FollowUpRound[]>(),
  }),
  createFollowUpRound: route('POST', R.followUpRounds, {
    access: ['facilitator'],
    body: followUpRoundInputSchema,
    reply: created<FollowUpRound>(),
  }),
  updateFollowUpRound: route('PUT', R.followUpRound, {
    access: ['facilitator'],
    body: followUpRoundInputSchema,
    reply: json<FollowUpRound>(),
  }),
  /**
   * Opens the round to the counties' own entry (`open: true`) or closes it: while it is closed the hub
   * refuses every write of a county's group to it.
   */
  openFollowUpRound: route('PUT', R.followUpRoundOpening, {
    access: ['facilitator'],
    body: roundOpeningSchema,
    reply: json<FollowUpRound>(),
  }),
  /** Deletes the round and every county's report for it. */
  deleteFollowUpRound: route('DELETE', R.followUpRound, { access: ['facilitator'], reply: noContent }),
  /**
   * Every county of the workshop in county order, with its report's summary (null: nothing saved yet); the
   * projector shows it when the console chooses the follow-up mode.
   */
  followUpOverview: route('GET', R.followUpOverview, {
    access: ['facilitator', 'projector'],
    reply: json<FollowUpOverviewLine[]>(),
  }),
  /**
   * The county's report, or, before anything is saved, an empty one against the plan's targets as they
   * stand now (`reportedAt` null). A group reads and writes only its own county's.
   */
  getFollowUpReport: route('GET', R.followUpReport, {
    access: ['facilitator', 'group'],
    reply: json<FollowUpReport>(),
  }),
  /**
   * Stores the report whole (a group only while the round is open); the first save freezes the targets. The hub records the reporter's role from
   * the credential and the time; an entry that names nothing in the targets is refused (400).
   */
  saveFollowUpReport: route('PUT', R.followUpReport, {
    access: ['facilitator', 'group'],
    body: followUpReportInputSchema,
    reply: json<FollowUpReport>(),
  }),
  /**
   * Some fields of the report, merged into it as stored, all or none: devices filling different rows at
   * once never undo each other. A field saved by someone else since its `was` is refused (409, naming who).
   * The hub records who saved each field and when. A group writes to a round only while it is open.
   */
  changeFollowUpReport: route('POST', R.followUpReportChanges, {
    access: ['facilitator', 'group'],
    body: reportChangesSchema,
    reply: json<FollowUpReport>(),
  }),
  /** The workspace's review step: the latest round open to the counties, or null while none is. */
  countyFollowUpReview: route('GET', R.countyFollowUpReview, {
    access: ['facilitator', 'group'],
    reply: json<CountyReview | null>(),
  }),
  /**
   * The county's report as an XLSX template for its office to fill in (layout in
   * shared/follow-up/review-template-layout.ts): bilingual, locked but for the cells to fill.
   */
  followUpTemplate: route('GET', R.followUpTemplate, {
    access: ['facilitator', 'group'],
    reply: xlsxDownload,
  }),
  /**
   * A filled template as the body: stored as the county's report whole, as a save from the form would be,
   * or refused (400) with one sentence naming the first wrong cell, and nothing changed.
   */
  importFollowUpTemplate: route('POST', R.followUpTemplate, {
    access: ['facilitator', 'group'],
    body: fileBodySchema,
    upload: {
      mediaTypes: ['application/octet-stream', XLSX_MEDIA_TYPE],
      maxBytes: REVIEW_TEMPLATE_MAX_BYTES,
      tooLarge: 'followUp.template.tooLarge',
    },
    reply: json<FollowUpReport>(),
  }),
  /** The county's review report for the round as a PDF (?lang=zh-CN|en, the workshop's language when absent). */
  followUpReportPdf: route('GET', R.followUpReportPdf, {
    access: ['facilitator'],
    query: pdfQuerySchema,
    reply: pdfDownload,
  }),
  /** Every county's saved report for the round (the review summary's print view reads them). */
  followUpRoundReports: route('GET', R.followUpRoundReports, {
    access: ['facilitator'],
    reply: json<SavedFollowUpReport[]>(),
  }),
  /** The round across counties as a PDF (?lang=zh-CN|en, the workshop's language when absent). */
  followUpSummaryPdf: route('GET', R.followUpSummaryPdf, {
    access: ['facilitator'],
    query: pdfQuerySchema,
    reply: pdfDownload,
  }),
  // A round's review status as tables (shared/follow-up-tables), as a plan's tables are: across counties
  // for the facilitator only; one county's also for that county's own group.
  followUpReviewXlsx: route('GET', R.followUpReviewXlsx, {
    access: ['facilitator'],
    query: pdfQuerySchema,
    reply: xlsxDownload,
  }),
  followUpReviewCsv: route('GET', R.followUpReviewCsv, {
    access: ['facilitator'],
    query: reviewCsvQuerySchema,
    reply: csvDownload,
  }),
  followUpCountyReviewXlsx: route('GET', R.followUpCountyReviewXlsx, {
    access: ['facilitator', 'group'],
    query: pdfQuerySchema,
    reply: xlsxDownload,
  }),
  followUpCountyReviewCsv: route('GET', R.followUpCountyReviewCsv, {
    access: ['facilitator', 'group'],
    query: reviewCsvQuerySchema,
    reply: csvDownload,
  }),
  /**
   * The round the projector's follow-up mode shows: the one the console chose while it still exists,
   * else the latest (null: no rounds), with every county's line.
   */
  followUpProjected: route('GET', R.followUpProjected, {
    access: ['facilitator', 'projector'],
    reply: json<FollowUpProjection>(),
  }),

  /** In recovery only: start with a new empty database; the quarantined files stay (404 otherwise). */
  startEmptyDatabase: route('POST', R.recoveryStartEmpty, {
    access: ['facilitator'],
    reply: json<Record<string, never>>(),
  }),
} as const

export type ApiRouteName = keyof typeof API_CONTRACT
export type ApiSpec<N extends ApiRouteName> = (typeof API_CONTRACT)[N]
