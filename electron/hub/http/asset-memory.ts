import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { pickEncoding, type SentEncoding } from './accept-encoding'
import { ASSET_HEADERS } from './security-headers'

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

export interface HeldAsset {
  body: Buffer
  /** Every response header but Date and the connection's own, built once (name, value, name, value, …). */
  headers: string[]
}

/** The asset's name from a URL under /assets/ (a query is ignored), or null for any other URL or a bad name. */
export function assetNameOf(url: string): string | null {
  if (!url.startsWith('/assets/')) return null
  const query = url.indexOf('?')
  const name = url.slice('/assets/'.length, query < 0 ? undefined : query)
  return ASSET_NAME.test(name) && !name.startsWith('.') ? name : null
}

/**
 * The built, content-hashed assets (assets/index-B2x9….js), each read once and then held in memory. When a
 * room of devices loads the app at once, that is thousands of requests in seconds, queued on the hub's
 * event loop between the live-sync messages of the devices already editing. A hashed file never changes
 * under its name (a rebuild writes new names), so holding it is safe; what is held is only what devices
 * asked for. `held` answers without waiting (asset-fast-path.ts); `lookUp` reads the disk the first time.
 */
export class AssetMemory {
  private readonly reading = new Map<string, Promise<HeldAsset | null>>()
  private readonly ready = new Map<string, HeldAsset>()

  /** Without a built renderer nothing is ever held. */
  constructor(private readonly rendererDir: string | undefined) {}

  held(name: string, encoding: SentEncoding | null): HeldAsset | undefined {
    return this.ready.get(`${encoding ?? 'identity'} ${name}`)
  }

  lookUp(name: string, encoding: SentEncoding | null): Promise<HeldAsset | null> {
    const key = `${encoding ?? 'identity'} ${name}`
    let entry = this.reading.get(key)
    if (!entry) {
      entry = this.read(name, encoding)
      this.reading.set(key, entry)
      void entry.then((found) => {
        if (found) this.ready.set(key, found)
        // A file missing now may be written by a build in progress: ask the disk again next time.
        else this.reading.delete(key)
      })
    }
    return entry
  }

  private async read(name: string, encoding: SentEncoding | null): Promise<HeldAsset | null> {
    if (this.rendererDir === undefined) return null
    const file = join(this.rendererDir, 'assets', name)
    const compressed = encoding === null ? null : await readFile(file + SUFFIX[encoding]).catch(() => null)
    const body = compressed ?? (await readFile(file).catch(() => null))
    if (!body) return null
    const headers: [string, string][] = [
      ['content-type', TYPES[extname(name)] ?? 'application/octet-stream'],
      ['cache-control', 'public, max-age=31536000, immutable'],
      ['vary', 'accept-encoding'],
      ...(compressed && encoding ? [['content-encoding', encoding] as [string, string]] : []),
      ['content-length', String(body.byteLength)],
      ...ASSET_HEADERS,
    ]
    return { body, headers: headers.flat() }
  }
}

/**
 * The slow path of an asset: its first request (per encoding), a missing file, a bad name. Later requests
 * for a held asset are answered before Fastify by asset-fast-path.ts, with the same headers.
 */
export function registerAssetMemory(app: FastifyInstance, memory: AssetMemory): void {
  app.get('/assets/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const name = assetNameOf(request.url)
    if (name === null) return reply.callNotFound()
    const asset = await memory.lookUp(name, pickEncoding(request.headers['accept-encoding']))
    if (!asset) return reply.callNotFound()
    // helmet wrote a page's headers on the raw response; an asset carries only its own (ASSET_HEADERS).
    for (const header of reply.raw.getHeaderNames()) reply.raw.removeHeader(header)
    for (let i = 0; i < asset.headers.length; i += 2) reply.header(asset.headers[i]!, asset.headers[i + 1])
    return reply.send(asset.body)
  })
}
