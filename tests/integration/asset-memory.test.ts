import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestHub, type TestHub } from '../support/hub-client'
import { makeTempDir } from '../support/temp-dir'

/**
 * A room of devices loading the app at once asks for the same hashed assets thousands of times: the hub
 * reads each from disk once and serves it from memory after that.
 */
describe('hashed assets held in memory', () => {
  let t: TestHub
  let dir: ReturnType<typeof makeTempDir>
  const script = 'console.log("plan workshop")\n'.repeat(100)
  const assets = () => join(dir.path, 'assets')
  const get = (path: string, acceptEncoding = 'br, gzip') =>
    fetch(`${t.hub.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } })

  beforeAll(async () => {
    dir = makeTempDir('plan-assets-')
    mkdirSync(assets())
    writeFileSync(join(dir.path, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(dir.path, 'secret.txt'), 'not an asset')
    writeFileSync(join(assets(), 'app-Ab12_x.js'), script)
    writeFileSync(join(assets(), 'app-Ab12_x.js.br'), brotliCompressSync(script))
    t = await startTestHub({ rendererDir: dir.path })
  })
  afterAll(async () => {
    await t.stop()
    dir.remove()
  })

  it('serves an asset read once even after its file is gone, with the same encoding and headers', async () => {
    const first = await get('/assets/app-Ab12_x.js')
    expect(first.status).toBe(200)
    rmSync(join(assets(), 'app-Ab12_x.js'))
    rmSync(join(assets(), 'app-Ab12_x.js.br'))

    const again = await fetch(`${t.hub.url}/assets/app-Ab12_x.js`, { headers: { 'accept-encoding': 'br' } })
    expect(again.status).toBe(200)
    expect(again.headers.get('content-encoding')).toBe('br')
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(again.headers.get('vary')?.toLowerCase()).toContain('accept-encoding')
    expect(again.headers.get('content-type')).toMatch(/javascript/)
    // fetch decodes the brotli body: it is the file as written.
    expect(await again.text()).toBe(script)
  })

  it('answers every later request for a held asset exactly as the first, HEAD included', async () => {
    const headersOf = (response: Response) =>
      [...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name))
    writeFileSync(join(assets(), 'same-Ef56.js'), script)
    writeFileSync(join(assets(), 'same-Ef56.js.br'), brotliCompressSync(script))
    const first = await get('/assets/same-Ef56.js')
    const later = await get('/assets/same-Ef56.js?from=cache-buster')
    expect(headersOf(later)).toEqual(headersOf(first))
    expect(await later.text()).toBe(await first.text())

    const head = await fetch(`${t.hub.url}/assets/same-Ef56.js`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    })
    expect(head.status).toBe(200)
    expect(headersOf(head)).toEqual(headersOf(first))
    expect(await head.text()).toBe('')
  })

  it('refuses a held asset to a request addressed to a host the hub does not answer to (DNS rebinding)', async () => {
    expect((await get('/assets/app-Ab12_x.js')).status).toBe(200)
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: t.hub.port,
          path: '/assets/app-Ab12_x.js',
          headers: { host: 'evil.example:80', 'accept-encoding': 'br' },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(421)
  })

  it('looks a missing asset up again later (a build may be writing it) and names nothing outside assets/', async () => {
    expect((await get('/assets/late-Cd34.js')).status).toBe(404)
    writeFileSync(join(assets(), 'late-Cd34.js'), 'export {}\n')
    const late = await get('/assets/late-Cd34.js', 'identity')
    expect(late.status).toBe(200)
    expect(await late.text()).toBe('export {}\n')

    for (const path of ['/assets/..%2Fsecret.txt', '/assets/%2E%2E%2Fsecret.txt', '/assets/.hidden'])
      expect((await get(path)).status, path).toBe(404)
  })
})
