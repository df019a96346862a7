import type { ApiResponses } from '../../../../shared/api/api-routes'

/** What the backup routes drive: the running hub's backups, or the recovery hub's. Errors are BackupErrors. */
export interface BackupControl {
  status(): ApiResponses['storeStatus']
  list(): ApiResponses['backups']
  create(): Promise<ApiResponses['backupCreate']>
  restore(name: string): Promise<ApiResponses['backupRestore']>
  /** Only the recovery hub offers it. */
  startEmpty?(): Promise<void>
}
