/** Path patterns of the hub's REST API, by resource; API_CONTRACT (api-contract.ts) says what each method does. */
export const API_ROUTES = {
  health: '/api/health',
  workshops: '/api/workshops',
  workshop: '/api/workshops/:workshopId',
  counties: '/api/workshops/:workshopId/counties',
  county: '/api/workshops/:workshopId/counties/:countyId',
  plan: '/api/workshops/:workshopId/counties/:countyId/plan',
  plans: '/api/workshops/:workshopId/plans',
  planEdits: '/api/workshops/:workshopId/plan-edits',
  participants: '/api/workshops/:workshopId/counties/:countyId/participants',
  planPdf: '/api/workshops/:workshopId/counties/:countyId/plan.pdf',
  comments: '/api/workshops/:workshopId/counties/:countyId/comments',
  commentsPdf: '/api/workshops/:workshopId/counties/:countyId/comments.pdf',
  /** A county plan's tables: every one as a sheet of a workbook, or one (`?table=`) as CSV. */
  planXlsx: '/api/workshops/:workshopId/counties/:countyId/plan.xlsx',
  planCsv: '/api/workshops/:workshopId/counties/:countyId/plan.csv',
  /** The whole plan as read, with a format version. */
  planJson: '/api/workshops/:workshopId/counties/:countyId/plan.json',
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
  dotVotes: '/api/workshops/:workshopId/dot-votes',
  dotVotesReveal: '/api/workshops/:workshopId/dot-votes/reveal',
  dotVotesHide: '/api/workshops/:workshopId/dot-votes/hide',
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
  ballot: '/api/workshops/:workshopId/counties/:countyId/ballot',
  /** GET lists a county plan's versions, newest first; POST saves one now with a label (facilitator only). */
  planVersions: '/api/workshops/:workshopId/counties/:countyId/versions',
  /** GET: a version as it was, and what changed from it to now per exercise (facilitator only). */
  planVersion: '/api/workshops/:workshopId/counties/:countyId/versions/:versionId',
  /** POST: keeps the current state as a version, then makes the plan equal to this one, live (facilitator only). */
  planVersionRestore: '/api/workshops/:workshopId/counties/:countyId/versions/:versionId/restore',
  /** GET lists a workshop's follow-up review rounds by date; POST adds one (facilitator only). */
  followUpRounds: '/api/workshops/:workshopId/follow-up/rounds',
  followUpRound: '/api/workshops/:workshopId/follow-up/rounds/:roundId',
  /** GET: one line per county of the workshop: reported or not, indicators met and behind, actions late. */
  followUpOverview: '/api/workshops/:workshopId/follow-up/rounds/:roundId/overview',
  /** GET and PUT a county's report for the round (the facilitator, or that county's own group). */
  followUpReport: '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId',
  /** POST: some fields of a county's report, merged into it (its group live, the facilitator's form). */
  followUpReportChanges: '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId/changes',
  /** PUT: the facilitator opens a round to the counties' own entry, or closes it. */
  followUpRoundOpening: '/api/workshops/:workshopId/follow-up/rounds/:roundId/opening',
  /** GET: the round open to a county's entry, its report and the actuals before (null: none open). */
  countyFollowUpReview: '/api/workshops/:workshopId/follow-up/counties/:countyId/review',
  /** GET the county's review template (XLSX) for the round; POST a filled one to store it as the report. */
  followUpTemplate: '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId/template',
  followUpReportPdf: '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId/report.pdf',
  /** GET: the round's saved reports, every county's (facilitator only). */
  followUpRoundReports: '/api/workshops/:workshopId/follow-up/rounds/:roundId/reports',
  /** GET: the round across counties as a PDF (facilitator only). */
  followUpSummaryPdf: '/api/workshops/:workshopId/follow-up/rounds/:roundId/summary.pdf',
  /** GET: the round's review status across counties as XLSX, or one table (`?table=`) as CSV (facilitator only). */
  followUpReviewXlsx: '/api/workshops/:workshopId/follow-up/rounds/:roundId/review.xlsx',
  followUpReviewCsv: '/api/workshops/:workshopId/follow-up/rounds/:roundId/review.csv',
  /** GET: one county's review status for the round, as XLSX or CSV (the facilitator, or that county's group). */
  followUpCountyReviewXlsx:
    '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId/review.xlsx',
  followUpCountyReviewCsv:
    '/api/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId/review.csv',
  /** GET: the round the projector shows (the console's choice, else the latest) and its counties. */
  followUpProjected: '/api/workshops/:workshopId/follow-up/projected',
} as const

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
