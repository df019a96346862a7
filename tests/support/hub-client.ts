import { startHub, type Hub, type HubOptions } from '../../electron/hub/start-hub'
import { makeTempDir } from './temp-dir'

export interface TestHub {
  hub: Hub
  dataDir: string
  /**
   * JSON request against the running hub; returns status, headers and the parsed body. A change (not GET)
   * carries the facilitator token, as the facilitator's windows send it, unless `headers` names an
   * Authorization of its own.
   */
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: T }>
  /** Stops the hub and starts it again on the same data folder (`overrides` change how it starts). */
  restart(overrides?: Partial<HubOptions>): Promise<void>
  stop(): Promise<void>
}

/** A real hub on a free loopback port and a temp data folder. */
export async function startTestHub(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const dir = makeTempDir()
  let hub = await startHub({ dataDir: dir.path, port: 0, ...options })
  const testHub: TestHub = {
    get hub() {
      return hub
    },
    dataDir: dir.path,
    async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const named = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
      const credential: Record<string, string> =
        method === 'GET' || named ? {} : { authorization: `Bearer ${hub.access.facilitatorToken()}` }
      const response = await fetch(`${hub.url}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...credential,
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = text === '' ? undefined : JSON.parse(text)
      } catch {
        // Not JSON (an HTML page); keep the text.
      }
      return { status: response.status, headers: response.headers, body: parsed as T }
    },
    async restart(overrides = {}) {
      await hub.close()
      hub = await startHub({ dataDir: dir.path, port: 0, ...options, ...overrides })
    },
    async stop() {
      await hub.close()
      dir.remove()
    },
  }
  return testHub
}
