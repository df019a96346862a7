import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
