import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { pickEncoding, type SentEncoding } from './accept-encoding'
import { DOCUMENT_ONLY_HEADERS } from './security-headers'

/** A file name directly in assets/: no separators, so nothing outside the folder can be named. */
const ASSET_NAME = /^[\w.-]+$/
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
}
const SUFFIX: Record<SentEncoding, string> = { br: '.br', gzip: '.gz' }

interface Held {
  body: Buffer
  encoding: SentEncoding | null
}

/**
 * Serves the built, content-hashed assets (assets/index-B2x9….js) from memory once each was read. When a
 * room of devices loads the app at once, that is thousands of requests in seconds: through @fastify/static
 * each one stats, opens, reads and closes files, work that queues on the hub's event loop between the
 * live-sync messages of the devices already editing. A hashed file never changes under its name (a rebuild
 * writes new names), so holding it is safe; what is held is only what devices asked for.
 */
export function registerAssetMemory(app: FastifyInstance, rendererDir: string): void {
  const held = new Map<string, Promise<Held | null>>()

  const read = async (name: string, encoding: SentEncoding | null): Promise<Held | null> => {
    const file = join(rendererDir, 'assets', name)
    if (encoding !== null) {
      const compressed = await readFile(file + SUFFIX[encoding]).catch(() => null)
      if (compressed) return { body: compressed, encoding }
    }
    const plain = await readFile(file).catch(() => null)
    return plain ? { body: plain, encoding: null } : null
  }

  const lookUp = (name: string, encoding: SentEncoding | null) => {
    const key = `${encoding ?? 'identity'} ${name}`
    let entry = held.get(key)
    if (!entry) {
      entry = read(name, encoding)
      held.set(key, entry)
      // A file missing now may be written by a build in progress: ask the disk again next time.
      void entry.then((found) => found ?? held.delete(key))
    }
    return entry
  }

  app.get(
    '/assets/:name',
    async (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
      const { name } = request.params
      if (!ASSET_NAME.test(name) || name.startsWith('.')) return reply.callNotFound()
      const asset = await lookUp(name, pickEncoding(request.headers['accept-encoding']))
      if (!asset) return reply.callNotFound()
      reply
        .header('content-type', TYPES[extname(name)] ?? 'application/octet-stream')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('vary', 'accept-encoding')
      if (asset.encoding) reply.header('content-encoding', asset.encoding)
      // Page-only headers (helmet wrote them on the raw response) mean nothing on a script or a font.
      for (const header of DOCUMENT_ONLY_HEADERS) reply.raw.removeHeader(header)
      return reply.send(asset.body)
    },
  )
}
