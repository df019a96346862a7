import { z } from 'zod'

/** Why a backup was taken; part of its file name, so the list can say it without opening the file. */
export const BACKUP_REASONS = ['start', 'interval', 'migration', 'quit', 'manual', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** One backup of the whole database, as the backups screen lists it. */
export const backupInfoSchema = z.object({
  /** The file name in `<data>/backups/`; also the backup's id in the API. */
  name: z.string(),
  /** When it was taken (ISO, UTC). */
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
  sizeBytes: z.number().int().nonnegative(),
  /** It passed SQLite's quick_check when it was taken (only checked backups keep their final name). */
  checked: z.boolean(),
})
export type BackupInfo = z.infer<typeof backupInfoSchema>

/** Why the hub could not open its database; each has its own sentence (store-recovery-messages). */
export const DAMAGE_KINDS = ['empty', 'notDatabase', 'failedCheck', 'cannotOpen'] as const
export type DamageKind = (typeof DAMAGE_KINDS)[number]

/** What happened to a database the hub would not open, and the way forward. */
export const recoveryReportSchema = z.object({
  problem: z.enum(DAMAGE_KINDS),
  /** The data folder's database file. */
  databasePath: z.string(),
  /** Where the database and its -wal/-shm files were moved, unchanged. */
  quarantineDir: z.string(),
  /** When it was set aside (ISO). */
  quarantinedAt: z.string(),
  /** The data folder's backups folder. */
  backupsDir: z.string(),
  /** The newest backup that passes its check now; null when there is none. */
  newestGoodBackup: backupInfoSchema.nullable(),
})
export type RecoveryReport = z.infer<typeof recoveryReportSchema>

/**
 * The database as the hub sees it now:
 * - ok: edits are committed as they come;
 * - diskFull: the disk is full, edits wait (on the devices and in the hub) and are committed when space returns;
 * - damaged: SQLite reported the database file damaged while serving; nothing more is written to it;
 * - restoring: a backup is being restored, the devices reconnect when it is done;
 * - recovery: the hub started without a usable database and serves only the recovery screen.
 */
export const STORE_STATES = ['ok', 'diskFull', 'damaged', 'restoring', 'recovery'] as const
export type StoreState = (typeof STORE_STATES)[number]

/** Why the last automatic backup was not taken. */
export const BACKUP_PROBLEMS = ['diskFull', 'failedCheck', 'failed'] as const
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number]

export const storeStatusSchema = z.object({
  state: z.enum(STORE_STATES),
  /** Live edits accepted by the hub and not yet committed (they are also kept on the devices). */
  pendingEdits: z.number().int().nonnegative(),
  /** The newest backup, if any. */
  lastBackup: backupInfoSchema.nullable(),
  /** Set when the last backup attempt did not produce a backup. */
  backupProblem: z.enum(BACKUP_PROBLEMS).nullable(),
  /** Only in the recovery state. */
  recovery: recoveryReportSchema.nullable(),
})
export type StoreStatus = z.infer<typeof storeStatusSchema>

/** Backup file names: sortable, holding the time and the reason (`backup-2018-03-12T08-30-00-000Z-start.sqlite`). */
export const BACKUP_NAME_PATTERN =
  /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/

export function isBackupName(value: unknown): value is string {
  return typeof value === 'string' && parseBackupName(value) !== null
}

/** The time and reason a backup's name holds; null for any other name. */
export function parseBackupName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = BACKUP_NAME_PATTERN.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, reason] = match
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { createdAt, reason: reason as BackupReason }
}

export function backupName(createdAt: Date, reason: BackupReason): string {
  return `backup-${createdAt.toISOString().replace(/[:.]/g, '-')}-${reason}.sqlite`
}
