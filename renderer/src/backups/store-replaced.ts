import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { GENERATION_PARAM, STORE_REPLACED_CLOSE_CODE } from '../../../shared/backups/store-replaced'
import { hubApi } from '../api/hub-api'
import { setDeviceStoreState } from './device-store-state'
import { checkedStoreGeneration, dropLocalCopies } from './store-generation'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Wires a page's live socket to the database's generation: it names the generation its copies belong to
 * (so the hub can refuse a device that comes back with copies of a replaced database), and when the
 * hub says the database was replaced it stops, drops its local copies and reloads the restored state.
 */
export function followStoreGeneration(socket: HocuspocusProviderWebsocket, baseUrl: string): void {
  void checkedStoreGeneration().then((generation) => {
    if (generation)
      socket.configuration.url = `${baseUrl}?${GENERATION_PARAM}=${encodeURIComponent(generation)}`
  })
  socket.on('close', ({ event }: { event: { code?: number } }) => {
    if (event.code !== STORE_REPLACED_CLOSE_CODE) return
    // Stop at once: reconnecting with these copies would sync the replaced state back into the hub.
    socket.disconnect()
    setDeviceStoreState('restoring')
    void reloadRestored()
  })
}

async function reloadRestored(): Promise<void> {
  await dropLocalCopies()
  const known = await checkedStoreGeneration()
  // The hub answers with the new generation once the restore is done.
  for (let tries = 0; tries < 120; tries++) {
    try {
      const { generation } = await hubApi.call('health')
      if (generation && generation !== known) break
    } catch {
      // Not answering yet.
    }
    await sleep(500)
  }
  window.location.reload()
}
