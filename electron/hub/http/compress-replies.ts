import type { FastifyInstance } from 'fastify'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { pickEncoding } from './accept-encoding'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this, compressing saves less than it costs. */
const MIN_BYTES = 1024
const COMPRESSIBLE_TYPE = /^(application\/(json|javascript)|text\/|image\/svg\+xml)/

/**
 * Compresses replies built in memory (API JSON, the fallback pages) for clients that accept it. Built
 * assets are compressed at build time and sent as files (renderer-files.ts): those are streams and
 * already carry Content-Encoding, so this leaves them alone. Brotli at quality 5 and gzip at level 6
 * keep the hub's CPU free for live sync while a room of devices loads.
 */
export function registerReplyCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    if (reply.hasHeader('content-encoding')) return payload
    if (!COMPRESSIBLE_TYPE.test(String(reply.getHeader('content-type') ?? ''))) return payload
    if (Buffer.byteLength(payload) < MIN_BYTES) return payload
    reply.header('vary', 'accept-encoding')
    const encoding = pickEncoding(request.headers['accept-encoding'])
    if (encoding === null) return payload
    const body =
      encoding === 'br'
        ? await brotli(payload, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : await gzipAsync(payload, { level: 6 })
    reply.header('content-encoding', encoding)
    reply.removeHeader('content-length')
    return body
  })
}
