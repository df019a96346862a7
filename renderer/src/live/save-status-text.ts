import type { TreeOf } from '../../../shared/i18n/catalogue'
import type { Translate } from '../../../shared/i18n/translator'
import type { liveMessages } from './live-messages'
import type { SaveStatus } from './save-status'

/** The status in words, in the language shown now. */
export function saveStatusText(status: SaveStatus, t: Translate<TreeOf<typeof liveMessages>>): string {
  switch (status.kind) {
    case 'connecting':
      return t('status.connecting')
    case 'saved':
      return t('status.saved')
    case 'saving':
      return t('status.saving')
    case 'refused':
      return t('status.refused')
    case 'offline':
      if (status.pending === null) return t('status.offlineUnknown')
      if (status.pending === 0) return t('status.offlineNone')
      return t(status.pending === 1 ? 'status.offlineOne' : 'status.offlineMany', {
        count: status.pending,
      })
  }
}
