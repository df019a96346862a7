/** How many backups a data folder keeps: several from today, then one per earlier day, within a cap. */
export interface RetentionPolicy {
  /** The newest backups of today that are all kept. */
  today: number
  /** At most this many backups in all. */
  max: number
}

export const DEFAULT_RETENTION: RetentionPolicy = { today: 4, max: 10 }

export interface DatedBackup {
  name: string
  /** ISO time. */
  createdAt: string
}

/** The calendar day of an instant where the facilitator is (local time), e.g. '2018-03-12'. */
export function localDay(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The names of the backups to delete, like a careful app: the newest `today` of today, the newest of each
 * earlier day, and never more than `max` in all (the newest win). Pure, so its tables can be tested;
 * `dayOf` says which day an instant belongs to.
 */
export function backupsToPrune(
  backups: readonly DatedBackup[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  dayOf: (iso: string) => string = localDay,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const today = dayOf(now.toISOString())
  const keep: string[] = []
  let keptToday = 0
  const daysKept = new Set<string>()
  for (const backup of newestFirst) {
    const day = dayOf(backup.createdAt)
    if (day === today) {
      if (keptToday < policy.today) {
        keep.push(backup.name)
        keptToday++
      }
    } else if (!daysKept.has(day)) {
      keep.push(backup.name)
      daysKept.add(day)
    }
  }
  const kept = new Set(keep.slice(0, policy.max))
  return newestFirst.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name)
}
