import type { MessageKey } from '../../../shared/validation/messages'
import { ApiError } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { BackupControl } from '../store/backup/backup-control'
import { BackupError, type BackupFailure } from '../store/store-errors'

const REFUSALS: Record<BackupFailure, [number, MessageKey]> = {
  notFound: [404, 'backup.notFound'],
  noBackups: [404, 'backup.noBackups'],
  unusable: [409, 'backup.unusable'],
  diskFull: [507, 'backup.diskFull'],
  failed: [500, 'backup.failed'],
}

/** A BackupError as the sentence the facilitator reads; anything else goes to the general handler. */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    const [status, key] = REFUSALS[error.failure]
    throw new ApiError(status, key)
  }
}

/** The names of the backup routes: the running hub serves them, and so does the recovery hub. */
export const BACKUP_ROUTE_NAMES = [
  'getStoreStatus',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'startEmptyDatabase',
] as const
export type BackupRouteName = (typeof BACKUP_ROUTE_NAMES)[number]

/** The backups screen's routes and the recovery screen's (the contract keeps them the facilitator's). */
export function backupRoutes(control: BackupControl): RouteHandlers<BackupRouteName> {
  return {
    getStoreStatus: async () => control.status(),
    listBackups: async () => control.list(),
    createBackup: async () => answering(() => control.create()),
    restoreBackup: async ({ params }) => answering(() => control.restore(params.backupName)),
    startEmptyDatabase: async () => {
      if (!control.startEmpty) throw new ApiError(404, 'api.notFound')
      await control.startEmpty()
      return {}
    },
  }
}
