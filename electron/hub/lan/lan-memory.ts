import type { Store } from '../store/store'
import type { LanMemory } from './lan-session'

/** The hub setting that holds the address the session is open on; '' while it is closed. */
const LAN_ADDRESS_SETTING = 'lan-address'

/** The LAN session's address, kept in the data folder so a restarted hub can open it again. */
export function lanMemory(store: Store): LanMemory {
  return {
    read: () => store.access.setting(LAN_ADDRESS_SETTING) || null,
    write: (address) => store.access.setSetting(LAN_ADDRESS_SETTING, address ?? ''),
  }
}
