import { formatBackupTime } from '../../../../shared/backups/backup-time'
import { storeRecoveryMessages } from '../../../../shared/backups/store-recovery-messages'
import { createI18n, translator } from '../../../../shared/i18n/translator'
import type { Locale } from '../../../../shared/locale/locale'
import { backupsDir } from '../backup/backup-folder'
import { BackupError, DataFolderError, StoreDamagedError } from '../store-errors'

export interface SentenceContext {
  locale: Locale
  dataDir: string
  /** The command that starts the hub again with extra flags (`npm run serve`); absent in the desktop app. */
  command?: (flags: string) => string
}

/**
 * What to tell the facilitator when the hub cannot open its data, as sentences in their language that
 * say what happened and what to do; null for any other error.
 */
export function storeProblemSentences(error: unknown, context: SentenceContext): string[] | null {
  const t = translator(createI18n(context.locale), storeRecoveryMessages, context.locale)
  const { command } = context
  if (error instanceof DataFolderError) {
    const sentences = [t(`folder.${error.problem}`, { path: error.path })]
    if (command) sentences.push(t('folder.chooseWithFlag'))
    return sentences
  }
  if (error instanceof StoreDamagedError) {
    const { report } = error
    const sentences = [
      t(`damage.${report.problem}`, { path: report.databasePath }),
      t('quarantined', { dir: report.quarantineDir }),
    ]
    const backup = report.newestGoodBackup
    if (backup) {
      const time = formatBackupTime(backup.createdAt, context.locale)
      sentences.push(t('newestBackup', { time, name: backup.name }))
      if (command) sentences.push(t('cli.restoreLatest', { command: command('--restore-backup latest') }))
    } else {
      sentences.push(t('noBackup', { dir: report.backupsDir }))
    }
    if (command) {
      sentences.push(t('cli.recoveryScreen', { command: command('--recovery') }))
      sentences.push(t('cli.startEmpty', { command: command('--start-empty') }))
    }
    return sentences
  }
  if (error instanceof BackupError) {
    const dir = backupsDir(context.dataDir)
    if (error.stage === 'migration')
      return [t(error.failure === 'diskFull' ? 'backup.migrationDiskFull' : 'backup.migrationFailed')]
    return [t(`backup.${error.failure}`, { name: error.backupName ?? '', dir })]
  }
  return null
}
