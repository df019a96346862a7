import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_ROUTES } from '../../shared/api/api-routes'
import { planDocName } from '../../shared/live/doc-names'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

describe('the hub log on refused live connections', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []
  let lines: string[]

  beforeEach(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
    lines = []
    const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
    vi.spyOn(console, 'warn').mockImplementation(record)
    vi.spyOn(console, 'error').mockImplementation(record)
    vi.spyOn(console, 'log').mockImplementation(record)
  })
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    vi.restoreAllMocks()
    await t.stop()
  })

  const refusedWith = async (name: string, token: string | null) => {
    const client = connectLive(t.hub.url, name, token)
    clients.push(client)
    return client.refused
  }

  it('says once per device, in words, that its access ended with the LAN session', async () => {
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    await t.request('POST', API_ROUTES.lanClose)
    const plan = planDocName(f.workshopId, f.lueyang.id)
    for (let attempt = 0; attempt < 3; attempt++)
      expect(await refusedWith(plan, joined.token)).toBe('auth.required')

    expect(lines.filter((line) => line.includes('onAuthenticate'))).toEqual([])
    const aboutWang = lines.filter((line) => line.includes('王伟'))
    expect(aboutWang).toHaveLength(1)
    expect(aboutWang[0]).toContain('略阳县')
    expect(aboutWang[0]).toContain('access ended when the LAN session was closed')
    expect(aboutWang[0]).toContain("join again with its group's code")
  })

  it('names the county a device asked for but may not open, once', async () => {
    const badong = await joinAs(t, f.codes[f.badong.id]!, '李明')
    const lueyangPlan = planDocName(f.workshopId, f.lueyang.id)
    for (let attempt = 0; attempt < 2; attempt++)
      expect(await refusedWith(lueyangPlan, badong.token)).toBe('auth.forbidden')

    expect(lines.filter((line) => line.includes('onAuthenticate'))).toEqual([])
    const aboutLi = lines.filter((line) => line.includes('李明'))
    expect(aboutLi).toHaveLength(1)
    expect(aboutLi[0]).toContain('巴东县')
    expect(aboutLi[0]).toContain(lueyangPlan)
  })
})
