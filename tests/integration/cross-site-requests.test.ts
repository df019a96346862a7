import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: { error?: { key: string; message: string } } & Record<string, unknown>
}

/** A request exactly as given (fetch would add headers of its own, and hides some). */
function raw(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(url, { method, agent: false, headers }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text === '' ? {} : (JSON.parse(text) as RawAnswer['body']),
        }),
      )
    })
    sent.on('error', reject)
    sent.end(body)
  })
}

describe('no ambient authority on loopback', () => {
  let t: TestHub
  let f: LiveFixture
  let groupToken = ''
  const facilitator = () => ({ authorization: `Bearer ${f.facilitatorToken}` })
  const closeLan = (headers: Record<string, string>) =>
    raw(`${t.hub.url}${API_ROUTES.lanClose}`, 'POST', headers)

  /** The room as it was: the LAN open and the group's token still valid. */
  async function expectNothingChanged() {
    const lan = await t.request<ApiResponse<'getLan'>>('GET', API_ROUTES.lan)
    expect(lan.body.open).toBe(true)
    const me = await raw(`${t.hub.url}${API_ROUTES.me}`, 'GET', { authorization: `Bearer ${groupToken}` })
    expect(me.status).toBe(200)
  }

  beforeAll(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
    groupToken = (await joinAs(t, f.codes[f.lueyang.id]!, '王伟')).token
  })
  afterAll(() => t.stop())

  it('refuses a change sent from another origin, even with the facilitator token, and says why', async () => {
    const answer = await closeLan({ ...facilitator(), origin: 'http://evil.example' })
    expect(answer.status).toBe(403)
    expect(answer.body.error?.key).toBe('auth.crossSite')
    expect(answer.body.error?.message).toContain('其他网页')
    await expectNothingChanged()
  })

  it.each(['cross-site', 'same-site'])(
    'refuses a change a browser marks Sec-Fetch-Site: %s (another port of 127.0.0.1 is same-site)',
    async (site) => {
      const answer = await closeLan({ ...facilitator(), 'sec-fetch-site': site })
      expect(answer.status).toBe(403)
      expect(answer.body.error?.key).toBe('auth.crossSite')
      await expectNothingChanged()
    },
  )

  it('refuses a form a page on another port posts to the hub (Origin of another port, no credential)', async () => {
    const answer = await raw(
      `${t.hub.url}${API_ROUTES.lanClose}`,
      'POST',
      { origin: `http://127.0.0.1:${t.hub.port + 1}`, 'content-type': 'text/plain' },
      'x',
    )
    expect(answer.status).toBe(403)
    expect(answer.body.error?.key).toBe('auth.crossSite')
    await expectNothingChanged()
  })

  it('refuses a change from loopback without the facilitator token, even from its own origin', async () => {
    const bare = await closeLan({})
    expect(bare.status).toBe(403)
    expect(bare.body.error?.key).toBe('auth.facilitatorRequired')
    expect(bare.body.error?.message).toContain('主持人凭证')
    const sameOrigin = await closeLan({ origin: t.hub.url, 'sec-fetch-site': 'same-origin' })
    expect(sameOrigin.status).toBe(403)
    await expectNothingChanged()
  })

  it('still answers reads from loopback without a token (print views, scripts)', async () => {
    expect((await raw(`${t.hub.url}${API_ROUTES.lan}`, 'GET')).status).toBe(200)
  })

  it('hands the facilitator token to no other origin: refused, and no CORS header would let it be read', async () => {
    const url = `${t.hub.url}${API_ROUTES.facilitatorToken}`
    const strangers: Record<string, string>[] = [
      { origin: 'http://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of strangers) {
      const answer = await raw(url, 'GET', headers)
      expect(answer.status).toBe(403)
      expect(answer.body).not.toHaveProperty('token')
      expect(answer.headers['access-control-allow-origin']).toBeUndefined()
    }
    const own = await raw(url, 'GET', { 'sec-fetch-site': 'same-origin' })
    expect(own.status).toBe(200)
    expect(own.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('lets a phone on the network join from the hub page (same origin, no credential)', async () => {
    // setUpWorkshop opened the LAN on 127.0.0.1, so the devices' origin is the hub's own.
    const body = JSON.stringify({ code: f.codes[f.badong.id], displayName: '李娜' })
    const headers = { 'content-type': 'application/json', origin: t.hub.url, 'sec-fetch-site': 'same-origin' }
    const joined = await raw(`${t.hub.url}${API_ROUTES.join}`, 'POST', headers, body)
    expect(joined.status).toBe(200)
    expect(joined.body).toHaveProperty('token')
    const elsewhere = await raw(
      `${t.hub.url}${API_ROUTES.join}`,
      'POST',
      { ...headers, origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
      body,
    )
    expect(elsewhere.status).toBe(403)
  })

  it('makes the change with the facilitator token from its own origin', async () => {
    const answer = await closeLan({ ...facilitator(), origin: t.hub.url, 'sec-fetch-site': 'same-origin' })
    expect(answer.status).toBe(200)
    expect(answer.body.open).toBe(false)
    const me = await raw(`${t.hub.url}${API_ROUTES.me}`, 'GET', { authorization: `Bearer ${groupToken}` })
    expect(me.status).toBe(401)
  })
})
