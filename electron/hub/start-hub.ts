import Fastify, { type FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import { registerAgendaRoutes } from './api/agenda-routes'
import { registerCountyRoutes } from './api/county-routes'
import { registerGroupRoutes } from './api/group-routes'
import { registerHealthRoutes } from './api/health-routes'
import { registerWorkshopRoutes } from './api/workshop-routes'
import { errorBody, registerErrorHandler, requestLocale } from './http/api-errors'
import { isAllowedHost, LOOPBACK_HOSTNAMES } from './http/host-allow-list'
import { registerRendererFiles } from './http/renderer-files'
import { registerSecurityHeaders } from './http/security-headers'
import { openStore, type Store } from './store/store'

export const DEFAULT_HOST = '127.0.0.1'
/** Setup payloads are small; anything bigger is a mistake or an attack. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024

export interface HubOptions {
  dataDir: string
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Folder of the built renderer (index.html and assets); the UI is not served when absent. */
  rendererDir?: string
  version?: string
}

export interface Hub {
  url: string
  port: number
  host: string
  store: Store
  app: FastifyInstance
  close(): Promise<void>
}

/** The one entry point of the hub, used by the Electron shell, by `npm run serve` and by the tests. */
export async function startHub(options: HubOptions): Promise<Hub> {
  const host = options.host ?? DEFAULT_HOST
  const store = openStore(options.dataDir)
  const app = Fastify({ logger: false, bodyLimit: JSON_BODY_LIMIT_BYTES, return503OnClosing: true })

  const allowedHosts = new Set<string>(LOOPBACK_HOSTNAMES)
  if (host !== '0.0.0.0' && host !== '::') allowedHosts.add(host.includes(':') ? `[${host}]` : host)

  try {
    app.addHook('onRequest', async (request, reply) => {
      if (!isAllowedHost(request.headers.host, allowedHosts)) {
        return reply.code(421).send(errorBody('api.hostNotAllowed', requestLocale(request)))
      }
    })
    registerErrorHandler(app)
    await registerSecurityHeaders(app)
    registerHealthRoutes(app, options.version ?? '0.0.0')
    registerWorkshopRoutes(app, store)
    registerCountyRoutes(app, store)
    registerGroupRoutes(app, store)
    registerAgendaRoutes(app, store)
    await registerRendererFiles(app, options.rendererDir)
    await app.listen({ port: options.port ?? 0, host })
  } catch (error) {
    await app.close().catch(() => undefined)
    store.close()
    throw error
  }

  const { port } = app.server.address() as AddressInfo
  const urlHost = host === '0.0.0.0' || host === '::' ? DEFAULT_HOST : host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    store,
    app,
    async close() {
      await app.close()
      store.close()
    },
  }
}
