import type { AgendaInput } from '../../../shared/agenda/agenda-schema'
import { API_ROUTES, apiPath, type ApiResponses } from '../../../shared/api/api-routes'
import type { CountyInput } from '../../../shared/county/county-schema'
import type { GroupInput } from '../../../shared/group/group-schema'
import type { JoinRequest } from '../../../shared/join/join-schema'
import type { PovertyLineTableInput } from '../../../shared/poverty-line/poverty-line-schema'
import type { CreateWorkshopInput, WorkshopInput } from '../../../shared/workshop/workshop-schema'
import { hubDownload, hubUpload } from './hub-file-transfer'
import { hubRequest } from './hub-request'

/** The hub's REST API as typed functions; routes and response shapes come from shared/api. */
export const hubApi = {
  listWorkshops: () => hubRequest<ApiResponses['workshops']>('GET', API_ROUTES.workshops),
  createWorkshop: (input: CreateWorkshopInput) =>
    hubRequest<ApiResponses['workshop']>('POST', API_ROUTES.workshops, input),
  getWorkshop: (workshopId: string) =>
    hubRequest<ApiResponses['workshop']>('GET', apiPath(API_ROUTES.workshop, { workshopId })),
  updateWorkshop: (workshopId: string, input: WorkshopInput) =>
    hubRequest<ApiResponses['workshop']>('PUT', apiPath(API_ROUTES.workshop, { workshopId }), input),
  deleteWorkshop: (workshopId: string) =>
    hubRequest<void>('DELETE', apiPath(API_ROUTES.workshop, { workshopId })),

  listCounties: (workshopId: string) =>
    hubRequest<ApiResponses['counties']>('GET', apiPath(API_ROUTES.counties, { workshopId })),
  createCounty: (workshopId: string, input: CountyInput) =>
    hubRequest<ApiResponses['county']>('POST', apiPath(API_ROUTES.counties, { workshopId }), input),
  updateCounty: (workshopId: string, countyId: string, input: CountyInput) =>
    hubRequest<ApiResponses['county']>('PUT', apiPath(API_ROUTES.county, { workshopId, countyId }), input),
  deleteCounty: (workshopId: string, countyId: string) =>
    hubRequest<void>('DELETE', apiPath(API_ROUTES.county, { workshopId, countyId })),

  listGroups: (workshopId: string) =>
    hubRequest<ApiResponses['groups']>('GET', apiPath(API_ROUTES.groups, { workshopId })),
  createGroup: (workshopId: string, input: GroupInput) =>
    hubRequest<ApiResponses['group']>('POST', apiPath(API_ROUTES.groups, { workshopId }), input),
  updateGroup: (workshopId: string, groupId: string, input: GroupInput) =>
    hubRequest<ApiResponses['group']>('PUT', apiPath(API_ROUTES.group, { workshopId, groupId }), input),
  deleteGroup: (workshopId: string, groupId: string) =>
    hubRequest<void>('DELETE', apiPath(API_ROUTES.group, { workshopId, groupId })),

  /** A group device passes its token: the agenda orders the steps of its workspace. */
  getAgenda: (workshopId: string, token?: string) =>
    hubRequest<ApiResponses['agenda']>('GET', apiPath(API_ROUTES.agenda, { workshopId }), undefined, {
      token,
    }),
  replaceAgenda: (workshopId: string, agenda: AgendaInput) =>
    hubRequest<ApiResponses['agenda']>('PUT', apiPath(API_ROUTES.agenda, { workshopId }), agenda),

  /** A group device passes its token: the table is readable by the groups of the workshop. */
  getPovertyLines: (workshopId: string, token?: string) =>
    hubRequest<ApiResponses['povertyLines']>(
      'GET',
      apiPath(API_ROUTES.povertyLines, { workshopId }),
      undefined,
      { token },
    ),
  replacePovertyLines: (workshopId: string, table: PovertyLineTableInput) =>
    hubRequest<ApiResponses['povertyLines']>('PUT', apiPath(API_ROUTES.povertyLines, { workshopId }), table),

  /** A group device passes its token: the catalogue is readable by the groups of the workshop. */
  listResources: (workshopId: string, token?: string) =>
    hubRequest<ApiResponses['resources']>('GET', apiPath(API_ROUTES.resources, { workshopId }), undefined, {
      token,
    }),

  getLan: () => hubRequest<ApiResponses['lan']>('GET', API_ROUTES.lan),
  openLan: (address: string) => hubRequest<ApiResponses['lan']>('POST', API_ROUTES.lanOpen, { address }),
  closeLan: () => hubRequest<ApiResponses['lan']>('POST', API_ROUTES.lanClose, {}),
  getJoinInfo: (workshopId: string) =>
    hubRequest<ApiResponses['joinInfo']>('GET', apiPath(API_ROUTES.joinInfo, { workshopId })),
  getPresence: (workshopId: string) =>
    hubRequest<ApiResponses['presence']>('GET', apiPath(API_ROUTES.presence, { workshopId })),

  getPlanEdits: (workshopId: string) =>
    hubRequest<ApiResponses['planEdits']>('GET', apiPath(API_ROUTES.planEdits, { workshopId })),

  resetDotVotes: (workshopId: string) =>
    hubRequest<ApiResponses['dotVotesReset']>('POST', apiPath(API_ROUTES.dotVotesReset, { workshopId }), {}),

  join: (request: JoinRequest) => hubRequest<ApiResponses['join']>('POST', API_ROUTES.join, request),
  me: (token: string) => hubRequest<ApiResponses['me']>('GET', API_ROUTES.me, undefined, { token }),
  getHealth: () => hubRequest<ApiResponses['health']>('GET', API_ROUTES.health),
  getStoreStatus: () => hubRequest<ApiResponses['storeStatus']>('GET', API_ROUTES.storeStatus),
  listBackups: () => hubRequest<ApiResponses['backups']>('GET', API_ROUTES.backups),
  createBackup: () => hubRequest<ApiResponses['backupCreate']>('POST', API_ROUTES.backups, {}),
  restoreBackup: (backupName: string) =>
    hubRequest<ApiResponses['backupRestore']>('POST', apiPath(API_ROUTES.backupRestore, { backupName }), {}),
  startEmptyDatabase: () =>
    hubRequest<ApiResponses['recoveryStartEmpty']>('POST', API_ROUTES.recoveryStartEmpty, {}),

  /** The workshop in one file (.planworkshop), for another laptop or the archive. */
  downloadWorkshopFile: (workshopId: string) => hubDownload(apiPath(API_ROUTES.workshopFile, { workshopId })),
  /** Imports a workshop file, whole or not at all; `asCopy` stores one that is already here under new ids. */
  importWorkshopFile: (file: Blob, asCopy: boolean, onProgress: (sent: number) => void) =>
    hubUpload<ApiResponses['workshopFileImport']>(
      `${API_ROUTES.workshopFileImport}${asCopy ? '?copy=1' : ''}`,
      file,
      onProgress,
    ),

  /** Answered only on the hub's own machine: the facilitator's windows use it for the live documents. */
  getFacilitatorToken: () => hubRequest<ApiResponses['facilitatorToken']>('GET', API_ROUTES.facilitatorToken),
}
