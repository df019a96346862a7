import type { ApiResponse } from '../../../../shared/api/api-types'

/** What the backup routes drive: the running hub's backups, or the recovery hub's. Errors are BackupErrors. */
export interface BackupControl {
  status(): ApiResponse<'getStoreStatus'>
  list(): ApiResponse<'listBackups'>
  create(): Promise<ApiResponse<'createBackup'>>
  restore(name: string): Promise<ApiResponse<'restoreBackup'>>
  /** Only the recovery hub offers it. */
  startEmpty?(): Promise<void>
}
