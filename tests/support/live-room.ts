import { afterEach, beforeEach } from 'vitest'
import { startTestHub, type TestHub } from './hub-client'
import { connectLive, type LiveClient } from './live-client'
import { setUpWorkshop, type LiveFixture } from './live-fixture'

/**
 * For every test of the enclosing `describe`: a real hub with the two-county workshop (LAN open on
 * loopback), and the live clients the test opens, closed after it. Call it at the top of the describe.
 */
export function useLiveRoom() {
  let hub: TestHub | undefined
  let fixture: LiveFixture | undefined
  const clients: LiveClient[] = []
  const closeClients = () => clients.splice(0).forEach((client) => client.destroy())

  beforeEach(async () => {
    hub = await startTestHub()
    fixture = await setUpWorkshop(hub)
  })
  afterEach(async () => {
    closeClients()
    await hub?.stop()
  })

  return {
    get t(): TestHub {
      return hub!
    },
    get f(): LiveFixture {
      return fixture!
    },
    /** A live client of a document, as a device with this token would open it. */
    open(name: string, token: string | null): LiveClient {
      const client = connectLive(hub!.hub.url, name, token)
      clients.push(client)
      return client
    },
    closeClients,
  }
}

/** The Authorization header of a bearer token; none (the loopback facilitator) without one. */
export const bearer = (token?: string): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {}
