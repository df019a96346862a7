import type { TreeOf } from '../../../shared/i18n/catalogue'
import type { Translate } from '../../../shared/i18n/translator'
import type { consoleMessages } from './console-messages'

/** "just now", "5 min ago", "2 h ago" for the grid's latest-edit column; '—' style text when none yet. */
export function lastEditLabel(
  lastChangeAt: number | null,
  now: number,
  t: Translate<TreeOf<typeof consoleMessages>>,
): string {
  if (lastChangeAt === null) return t('progress.noEdit')
  const minutes = Math.floor(Math.max(0, now - lastChangeAt) / 60_000)
  if (minutes < 1) return t('progress.justNow')
  if (minutes < 60) return t('progress.minutesAgo', { count: minutes })
  return t('progress.hoursAgo', { count: Math.floor(minutes / 60) })
}
