import { readFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { startTestHub, type TestHub } from '../support/hub-client'

/** A GET with exactly the Accept-Encoding given (fetch would add its own and decode the body). */
function get(
  port: number,
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

const indexHtml = readFileSync(join(BUILT_RENDERER_DIR, 'index.html'), 'utf8')
/**
 * The app's start file, which the page preloads (its entry script is a few hundred bytes that import it): a
 * hashed asset well above the compression threshold.
 */
const startScript =
  /<link rel="modulepreload"[^>]* href="(\/assets\/app-[\w-]+\.js)"/.exec(indexHtml)?.[1] ?? ''
const original = () => readFileSync(join(BUILT_RENDERER_DIR, startScript))

describe('the hub serves the built app compressed and cached', () => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub({ rendererDir: BUILT_RENDERER_DIR })
  })
  afterAll(() => t.stop())

  it('finds the app’s start file in index.html', () => {
    expect(startScript).toMatch(/^\/assets\/app-[\w-]+\.js$/)
  })

  it('sends a hashed asset brotli-compressed to a client that accepts br', async () => {
    const reply = await get(t.hub.port, startScript, 'gzip, deflate, br, zstd')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-encoding']).toBe('br')
    expect(reply.headers['content-type']).toMatch(/javascript/)
    expect(brotliDecompressSync(reply.body).equals(original())).toBe(true)
    expect(reply.body.byteLength).toBeLessThan(original().byteLength / 2)
  })

  it('sends it gzip-compressed to a client that accepts only gzip (browsers over plain http)', async () => {
    const reply = await get(t.hub.port, startScript, 'gzip, deflate')
    expect(reply.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(reply.body).equals(original())).toBe(true)
    // Every phone on the venue Wi-Fi gets this copy: written with Zopfli, smaller than zlib's best level.
    expect(reply.body.byteLength).toBeLessThan(gzipSync(original(), { level: 9 }).byteLength)
  })

  it('sends it as it is to a client that accepts no encoding', async () => {
    for (const acceptEncoding of [undefined, 'identity']) {
      const reply = await get(t.hub.port, startScript, acceptEncoding)
      expect(reply.headers['content-encoding']).toBeUndefined()
      expect(reply.body.equals(original())).toBe(true)
    }
  })

  it('says the answer depends on Accept-Encoding, and lets devices keep hashed assets for a year', async () => {
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const reply = await get(t.hub.port, startScript, acceptEncoding)
      expect(reply.headers.vary?.toLowerCase()).toContain('accept-encoding')
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    }
  })

  it('sends a hashed asset only the headers that apply to a script, not the page-only security headers', async () => {
    // Each of a join's hundred-odd assets carried ~500 bytes of page-only headers: ~60 KB on a phone's share of Wi-Fi.
    const reply = await get(t.hub.port, startScript, 'br')
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin')
    // Nothing else: no Content-Security-Policy, frame or cross-domain policies, which apply only to a page.
    expect(Object.keys(reply.headers).sort()).toEqual(
      [
        'cache-control',
        'connection',
        'content-encoding',
        'content-length',
        'content-type',
        'cross-origin-resource-policy',
        'date',
        'keep-alive',
        'referrer-policy',
        'vary',
        'x-content-type-options',
      ].sort(),
    )
    // The pages themselves keep them.
    const page = await get(t.hub.port, '/join', 'br')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('has index.html revalidated on every load, at its own address and behind a deep link', async () => {
    for (const path of ['/', '/index.html', '/join', '/plan/w/c', '/console/w']) {
      const reply = await get(t.hub.port, path, 'gzip')
      expect(reply.status, path).toBe(200)
      expect(reply.headers['cache-control'], path).toBe('no-cache')
      expect(reply.headers['content-type'], path).toMatch(/^text\/html/)
    }
    const print = await get(t.hub.port, '/print/workshops/w/summary', 'gzip')
    expect(print.headers['cache-control']).toBe('no-cache')
  })
})
