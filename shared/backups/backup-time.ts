/**
 * A backup's time as people read it where they are, to the second (backups taken within a minute must
 * not look alike): "Mar 12, 2018, 8:30:05 AM" or "2018年3月12日 08:30:05".
 */
export function formatBackupTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso))
}
