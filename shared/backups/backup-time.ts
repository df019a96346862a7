/** A backup's time as people read it where they are, e.g. "12 Mar 2018, 08:30" or "2018年3月12日 08:30". */
export function formatBackupTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}
