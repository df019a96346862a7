import helmet from '@fastify/helmet'
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

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // The hub is plain http on the venue LAN; HSTS would break every later visit.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  })
}

/**
 * The headers above that browsers read only on a page (or a worker): a script, style sheet, font or image
 * ignores them. Hashed assets go out without them — a device's first join fetches a hundred-odd assets,
 * and these ~500 bytes each were ~60 KB of its share of the venue Wi-Fi. Kept on assets: nosniff and
 * Cross-Origin-Resource-Policy, which apply to them.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
] as const
