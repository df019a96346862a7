import type { RecoveryReport } from '../../../shared/backups/backup-schema'
import { DEFAULT_HOST, startHub, type Hub, type HubOptions } from '../start-hub'
import { StoreDamagedError } from '../store/store-errors'
import { startRecoveryServer } from './recovery-server'

/** A hub that may begin on the recovery screen and become the full hub once the facilitator chose. */
export interface HubHandle {
  readonly url: string
  /** Set while the recovery screen is served. */
  readonly recovery: RecoveryReport | null
  /** The full hub, once there is one. */
  hub(): Hub | null
  /** Resolves with the full hub (at once when the database was sound). */
  readonly ready: Promise<Hub>
  close(): Promise<void>
}

/**
 * For the desktop app and `serve --recovery`: where startHub finds the database damaged (and has set it
 * aside), the same address serves the recovery screen instead, so the console window shows it; after a
 * restore, or the choice of an empty database, the full hub starts on the same port.
 */
export async function startRecoverableHub(options: HubOptions): Promise<HubHandle> {
  try {
    const hub = await startHub(options)
    return {
      url: hub.url,
      recovery: null,
      hub: () => hub,
      ready: Promise.resolve(hub),
      close: () => hub.close(),
    }
  } catch (error) {
    if (!(error instanceof StoreDamagedError)) throw error
    return serveRecovery(options, error.report)
  }
}

async function serveRecovery(options: HubOptions, report: RecoveryReport): Promise<HubHandle> {
  const host = options.host ?? DEFAULT_HOST
  let current: Hub | null = null
  let closed = false
  let markReady: (hub: Hub) => void = () => undefined
  const ready = new Promise<Hub>((resolve) => (markReady = resolve))
  const server = await startRecoveryServer({
    dataDir: options.dataDir,
    report,
    port: options.port ?? 0,
    host,
    rendererDir: options.rendererDir,
    version: options.version ?? '0.0.0',
    onResolved: () => {
      void (async () => {
        await server.close()
        if (closed) return
        try {
          current = await startHub({
            ...options,
            port: server.port,
            restoreBackup: undefined,
            startEmpty: undefined,
          })
          markReady(current)
          console.log(`[hub] The data is back; Plan Workshop runs at ${current.url}/`)
        } catch (error) {
          console.error('[hub] The hub could not start after the recovery:', String(error))
        }
      })()
    },
  })
  const urlHost = host === '0.0.0.0' || host === '::' ? DEFAULT_HOST : host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${server.port}`,
    recovery: report,
    hub: () => current,
    ready,
    async close() {
      closed = true
      if (current) await current.close()
      else await server.close()
    },
  }
}
