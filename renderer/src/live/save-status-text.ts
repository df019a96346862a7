import type { TFunction } from 'i18next'
import type { SaveStatus } from './save-status'

/** The status in words, in the language shown now. */
export function saveStatusText(status: SaveStatus, t: TFunction): string {
  switch (status.kind) {
    case 'connecting':
      return t('live.status.connecting')
    case 'saved':
      return t('live.status.saved')
    case 'saving':
      return t('live.status.saving')
    case 'refused':
      return t('live.status.refused')
    case 'offline':
      if (status.pending === null) return t('live.status.offlineUnknown')
      if (status.pending === 0) return t('live.status.offlineNone')
      return t(status.pending === 1 ? 'live.status.offlineOne' : 'live.status.offlineMany', {
        count: status.pending,
      })
  }
}
