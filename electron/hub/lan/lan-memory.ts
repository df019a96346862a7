import type { Store } from '../store/store'
import type { LanMemory } from './lan-session'

/** The hub settings that hold where the session is open to the LAN; '' while it is closed. */
const ADDRESS_SETTING = 'lan-address'
const PORT_SETTING = 'lan-port'

/** Where the session is open to the LAN, kept in the data folder so a restarted hub can open it again. */
export function lanMemory(store: Store): LanMemory {
  return {
    read() {
      const address = store.access.setting(ADDRESS_SETTING)
      const port = Number(store.access.setting(PORT_SETTING))
      return address && Number.isInteger(port) && port > 0 ? { address, port } : null
    },
    write(place) {
      store.access.setSetting(ADDRESS_SETTING, place?.address ?? '')
      store.access.setSetting(PORT_SETTING, place ? String(place.port) : '')
    },
  }
}
