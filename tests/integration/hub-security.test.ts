import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/api-routes'
import { startTestHub, type TestHub } from '../support/hub-client'

/** Sends a request with an arbitrary Host header (fetch does not allow overriding it). */
function getWithHost(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('hub security', () => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub()
  })
  afterAll(() => t.stop())

  it('listens on loopback by default', () => {
    expect(t.hub.host).toBe('127.0.0.1')
    expect(t.hub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it.each(['127.0.0.1', 'localhost', '[::1]'])('answers requests addressed to %s', async (host) => {
    expect((await getWithHost(t.hub.port, API_ROUTES.health, `${host}:${t.hub.port}`)).status).toBe(200)
  })

  it.each(['evil.example', 'attacker.127.0.0.1.nip.io', 'localhost.evil.example', '127.0.0.1.evil'])(
    'refuses requests addressed to another host name (%s): DNS rebinding',
    async (host) => {
      const response = await getWithHost(t.hub.port, API_ROUTES.health, host)
      expect(response.status).toBe(421)
      expect(JSON.parse(response.body).error.key).toBe('api.hostNotAllowed')
    },
  )

  it('sends a strict content security policy and no-sniff on API answers', async () => {
    const { headers } = await t.request('GET', API_ROUTES.health)
    const csp = headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe/)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('explains that the UI is not built instead of failing silently', async () => {
    const page = await t.request<string>('GET', '/workshops/anything')
    expect(page.status).toBe(503)
    expect(page.body).toContain('npm run build')
  })
})
