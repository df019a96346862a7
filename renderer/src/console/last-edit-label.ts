import type { TFunction } from 'i18next'

/** "just now", "5 min ago", "2 h ago" for the grid's latest-edit column; '—' style text when none yet. */
export function lastEditLabel(lastChangeAt: number | null, now: number, t: TFunction): string {
  if (lastChangeAt === null) return t('console.progress.noEdit')
  const minutes = Math.floor(Math.max(0, now - lastChangeAt) / 60_000)
  if (minutes < 1) return t('console.progress.justNow')
  if (minutes < 60) return t('console.progress.minutesAgo', { count: minutes })
  return t('console.progress.hoursAgo', { count: Math.floor(minutes / 60) })
}
