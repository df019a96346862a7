import type { StoreState } from '../../../shared/backups/backup-schema'
import { STORE_STATE_MESSAGE_TYPE } from '../../../shared/backups/store-state-notice'

/** The stateless message that tells a device how the hub's database is (the device shows it in words). */
export function storeStateMessage(state: StoreState): string {
  return JSON.stringify({ type: STORE_STATE_MESSAGE_TYPE, state })
}
