import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { API_ROUTES } from '../../shared/api/api-routes'
import { planDocName } from '../../shared/live/doc-names'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

describe('the hub log on refused live connections', () => {
  const room = useLiveRoom()
  let lines: string[]

  beforeEach(() => {
    lines = []
    const record = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
    for (const method of ['warn', 'error', 'log'] as const)
      vi.spyOn(console, method).mockImplementation(record)
  })
  afterEach(() => vi.restoreAllMocks())

  /** Opens the document with the token `attempts` times (a device retrying); all are refused with one reason. */
  async function refusals(name: string, token: string, attempts: number): Promise<string[]> {
    const reasons: string[] = []
    for (let attempt = 0; attempt < attempts; attempt++) reasons.push(await room.open(name, token).refused)
    return [...new Set(reasons)]
  }

  /** What the log says about one person, and that Hocuspocus's own line is not there. */
  function linesAbout(name: string): string[] {
    expect(lines.filter((line) => line.includes('onAuthenticate'))).toEqual([])
    return lines.filter((line) => line.includes(name))
  }

  it('says once per device, in words, that its access ended with the LAN session', async () => {
    const { t, f } = room
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    await t.request('POST', API_ROUTES.lanClose)
    expect(await refusals(planDocName(f.workshopId, f.lueyang.id), joined.token, 3)).toEqual([
      'auth.required',
    ])

    const aboutWang = linesAbout('王伟')
    expect(aboutWang).toHaveLength(1)
    expect(aboutWang[0]).toContain('略阳县')
    expect(aboutWang[0]).toContain('access ended when the LAN session was closed')
    expect(aboutWang[0]).toContain("join again with its group's code")
  })

  it('names the county a device asked for but may not open, once', async () => {
    const { t, f } = room
    const badong = await joinAs(t, f.codes[f.badong.id]!, '李明')
    const lueyangPlan = planDocName(f.workshopId, f.lueyang.id)
    expect(await refusals(lueyangPlan, badong.token, 2)).toEqual(['auth.forbidden'])

    const aboutLi = linesAbout('李明')
    expect(aboutLi).toHaveLength(1)
    expect(aboutLi[0]).toContain('巴东县')
    expect(aboutLi[0]).toContain(lueyangPlan)
  })
})
