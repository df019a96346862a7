import type { Agenda } from '../agenda/agenda-schema'
import type { BackupInfo, StoreStatus } from '../backups/backup-schema'
import type { County } from '../county/county-schema'
import type { Group } from '../group/group-schema'
import type { Plan } from '../live/plan-schema'
import type { AccessScope, JoinInfo, JoinResponse, LanStatus, Presence } from '../join/join-schema'
import type { CountyParticipants } from '../participants/participants'
import type { PovertyLineTable } from '../poverty-line/poverty-line-schema'
import type { Resource } from '../resources/resource-schema'
import type { PlanEdits } from '../session/plan-edits'
import type { Workshop, WorkshopSummary } from '../workshop/workshop-schema'

/** Route patterns of the hub's REST API; the hub registers exactly these and the renderer calls exactly these. */
export const API_ROUTES = {
  health: '/api/health',
  workshops: '/api/workshops',
  workshop: '/api/workshops/:workshopId',
  counties: '/api/workshops/:workshopId/counties',
  county: '/api/workshops/:workshopId/counties/:countyId',
  plan: '/api/workshops/:workshopId/counties/:countyId/plan',
  plans: '/api/workshops/:workshopId/plans',
  /** When each county's plan was last edited (facilitator only). */
  planEdits: '/api/workshops/:workshopId/plan-edits',
  /** Who drafted the county's plan, for its cover and annex; PUT is the facilitator's correction. */
  participants: '/api/workshops/:workshopId/counties/:countyId/participants',
  /** PDF downloads (not JSON): ?lang=zh-CN|en, the workshop's language when absent. */
  planPdf: '/api/workshops/:workshopId/counties/:countyId/plan.pdf',
  summaryPdf: '/api/workshops/:workshopId/summary.pdf',
  groups: '/api/workshops/:workshopId/groups',
  group: '/api/workshops/:workshopId/groups/:groupId',
  agenda: '/api/workshops/:workshopId/agenda',
  povertyLines: '/api/workshops/:workshopId/poverty-lines',
  resources: '/api/workshops/:workshopId/resources',
  resource: '/api/workshops/:workshopId/resources/:resourceId',
  joinInfo: '/api/workshops/:workshopId/join-info',
  presence: '/api/workshops/:workshopId/presence',
  lan: '/api/lan',
  lanOpen: '/api/lan/open',
  lanClose: '/api/lan/close',
  join: '/api/join',
  me: '/api/me',
  facilitatorToken: '/api/auth/facilitator',
  time: '/api/time',
  projectorLink: '/api/workshops/:workshopId/projector-link',
  /** POST: takes every dot off every county's cards and hides the results (facilitator only). */
  dotVotesReset: '/api/workshops/:workshopId/dot-votes/reset',
  /** The database's state: a full disk and the edits waiting, damage, the newest backup (facilitator only). */
  storeStatus: '/api/store/status',
  /** GET lists the backups, newest first; POST takes one now (facilitator only). */
  backups: '/api/backups',
  /** POST: backs up the current state, then restores this backup while the hub runs (facilitator only). */
  backupRestore: '/api/backups/:backupName/restore',
  /** GET: the workshop in one file (.planworkshop), to move it to another laptop (facilitator only). */
  workshopFile: '/api/workshops/:workshopId/workshop-file',
  /**
   * POST a workshop file as the body (application/octet-stream); `?copy=1` stores it under new ids
   * beside a workshop that is already there (facilitator only).
   */
  workshopFileImport: '/api/workshop-files',
  /** POST, in recovery only: start with a new empty database; the quarantined files stay (facilitator only). */
  recoveryStartEmpty: '/api/recovery/start-empty',
} as const

/** Routes anyone on the network may call; every other route is the facilitator's alone. */
export const PUBLIC_API_ROUTES: readonly ApiRoute[] = [
  API_ROUTES.health,
  API_ROUTES.join,
  API_ROUTES.me,
  API_ROUTES.facilitatorToken,
  API_ROUTES.time,
]

/**
 * Routes a group device may read (GET only) for its own workshop: what its plan's exercises need
 * (the poverty-line table for the benefit calculator, the resource catalogue for matching, the agenda
 * whose exercises, in their order, are the steps of the group's workspace), and its own county's
 * participants list (a route naming a county answers a group of that county only).
 */
export const GROUP_READABLE_API_ROUTES: readonly ApiRoute[] = [
  API_ROUTES.povertyLines,
  API_ROUTES.resources,
  API_ROUTES.agenda,
  API_ROUTES.participants,
]

/** Routes a projector token may read (GET only) for its own workshop: what the room is shown. */
export const PROJECTOR_READABLE_API_ROUTES: readonly ApiRoute[] = [
  API_ROUTES.workshop,
  API_ROUTES.counties,
  API_ROUTES.agenda,
  API_ROUTES.joinInfo,
]

/** The WebSocket path of the live documents. */
export const LIVE_PATH = '/live'
export type ApiRoute = (typeof API_ROUTES)[keyof typeof API_ROUTES]

/** The `:name` parameters of a route pattern, as an object type. */
export type RouteParams<R extends string> = R extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & RouteParams<`/${Rest}`>
  : R extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : Record<never, string>

/** Fills a route pattern with (URL-encoded) values: apiPath(API_ROUTES.county, { workshopId, countyId }). */
export function apiPath<R extends ApiRoute>(route: R, params: RouteParams<R>): string {
  const values = params as Record<string, string>
  return route.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(values[name] ?? ''))
}

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

/** Response bodies by resource, so client and server cannot disagree on shapes. */
export interface ApiResponses {
  health: HealthResponse
  workshops: WorkshopSummary[]
  workshop: Workshop
  counties: County[]
  county: County
  /** A county's plan as it stands, read from its live document (facilitator only). */
  plan: Plan
  /** Every county's plan of a workshop, in county order (facilitator only). */
  plans: { countyId: string; plan: Plan }[]
  planEdits: PlanEdits
  participants: CountyParticipants
  groups: Group[]
  group: Group
  agenda: Agenda
  povertyLines: PovertyLineTable
  resources: Resource[]
  resource: Resource
  joinInfo: JoinInfo
  presence: Presence
  lan: LanStatus
  join: JoinResponse
  me: AccessScope
  facilitatorToken: { token: string }
  /** The hub's clock (ms since the epoch), for devices to estimate how far off their own clock is. */
  time: { now: number }
  /** The workshop's read-only projector credential; `renew` in the request replaces the old one. */
  projectorLink: { token: string }
  /** How many dots the reset took off, in all counties together. */
  dotVotesReset: { dots: number }
  storeStatus: StoreStatus
  backups: BackupInfo[]
  /** The backup just taken. */
  backupCreate: BackupInfo
  /** What was restored, and the backup of the state it replaced (null when that state was damaged). */
  backupRestore: { restored: BackupInfo; keptAs: BackupInfo | null }
  recoveryStartEmpty: Record<string, never>
  /** The workshop the file held, as stored here; `copy` when it was stored under new ids. */
  workshopFileImport: { workshop: Workshop; copy: boolean }
}
