import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { isBackupName } from '../../../shared/backups/backup-schema'
import type { MessageKey } from '../../../shared/validation/messages'
import { ApiError, parseWith } from '../http/api-errors'
import type { BackupControl } from '../store/backup/backup-control'
import { BackupError, type BackupFailure } from '../store/store-errors'

const REFUSALS: Record<BackupFailure, [number, MessageKey]> = {
  notFound: [404, 'backup.notFound'],
  noBackups: [404, 'backup.noBackups'],
  unusable: [409, 'backup.unusable'],
  diskFull: [507, 'backup.diskFull'],
  failed: [500, 'backup.failed'],
}

const restoreParams = z.object({ backupName: z.string().refine(isBackupName) })

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

/** The backups screen's routes and the recovery screen's (the API guard keeps them the facilitator's). */
export function registerBackupRoutes(app: FastifyInstance, control: BackupControl): void {
  app.get(API_ROUTES.storeStatus, async (): Promise<ApiResponses['storeStatus']> => control.status())
  app.get(API_ROUTES.backups, async (): Promise<ApiResponses['backups']> => control.list())
  app.post(API_ROUTES.backups, async (_request, reply): Promise<ApiResponses['backupCreate']> => {
    const backup = await answering(() => control.create())
    reply.code(201)
    return backup
  })
  app.post(API_ROUTES.backupRestore, async (request): Promise<ApiResponses['backupRestore']> => {
    const { backupName } = parseWith(restoreParams, request.params)
    return answering(() => control.restore(backupName))
  })
  app.post(API_ROUTES.recoveryStartEmpty, async (): Promise<ApiResponses['recoveryStartEmpty']> => {
    if (!control.startEmpty) throw new ApiError(404, 'api.notFound')
    await control.startEmpty()
    return {}
  })
}
