import helmet from 'helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Content-Security-Policy for everything the hub serves: scripts only from the hub itself.
 * Styles allow inline because Ant Design injects its CSS-in-JS at run time; no inline script is allowed.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
}

/**
 * helmet's headers on every reply Fastify sends (a held asset is answered before Fastify with its own,
 * asset-fast-path.ts). The middleware is built once: @fastify/helmet built it again for every request,
 * parsing the policy each time, which showed in the hub's profile while a room of phones joined.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const applyHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The hub is plain http on the venue LAN; HSTS would break every later visit.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  })
  app.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    )
  })
}

/**
 * The headers a hashed asset (script, style sheet, font, image) goes out with besides its own type, length,
 * encoding and caching: the ones above that apply to it. The rest of helmet's (CSP, frame options, …) are
 * read only on a page or a worker; a device's first join fetches a hundred-odd assets, and those ~500
 * bytes each were ~60 KB of its share of the venue Wi-Fi. Referrer-Policy stays: a style sheet's fonts are
 * fetched under it.
 */
export const ASSET_HEADERS: readonly [string, string][] = [
  ['x-content-type-options', 'nosniff'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['referrer-policy', 'no-referrer'],
]
