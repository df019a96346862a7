import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportPlans } from '../../electron/export/export-plans'
import { PlaywrightPdfEngine } from '../../electron/export/playwright-engine'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import type { Locale } from '../../shared/locale/locale'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'
import { requirePrintTools } from '../support/print-tools'

/**
 * The participants a plan's cover and annex name: the group's members and the people who joined under
 * their own names, as the facilitator may correct them. Prints real PDFs (needs the built print view
 * and a Chromium) and reads them back with pdftotext.
 */
const pdfText = (file: string, page?: number) =>
  execFileSync(
    'pdftotext',
    [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'],
    { encoding: 'utf8' },
  )
const squeezed = (text: string) => text.replace(/\s+/g, '')

describe('participants of a county plan', () => {
  let t: TestHub
  let f: LiveFixture
  let engine: PlaywrightPdfEngine
  let outDir: string

  beforeAll(async () => {
    const chromiumPath = requirePrintTools()
    t = await startTestHub({ rendererDir: BUILT_RENDERER_DIR })
    f = await setUpWorkshop(t)
    engine = await PlaywrightPdfEngine.launch(chromiumPath)
    outDir = mkdtempSync(join(t.dataDir, 'out-'))
  })

  afterAll(async () => {
    await engine?.close()
    await t?.stop()
  })

  const participantsPath = (countyId: string) =>
    apiPath(API_ROUTES.participants, { workshopId: f.workshopId, countyId })

  /** Lueyang's PDF: the cover's text and the annex page's text, spaces removed. */
  async function printLueyang(locale: Locale) {
    const result = await exportPlans({
      engine,
      hubUrl: t.hub.url,
      workshopId: f.workshopId,
      counties: [f.lueyang],
      locale,
      outDir: mkdtempSync(join(outDir, `${locale}-`)),
      exportedAt: '2018-03-02T08:30:00.000Z',
      summary: false,
    })
    expect(result.failed).toEqual([])
    const path = result.written[0]!.path
    const pages = pdfText(path).split('\f').map(squeezed)
    const annexHeading = locale === 'en' ? 'Participants' : '参与人员'
    return { cover: pages[0]!, annex: pages.slice(1).find((page) => page.includes(annexHeading)) ?? '' }
  }

  it('names the two officials who joined Lueyang’s group on the cover and in the annex, in both languages', async () => {
    await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    await joinAs(t, f.codes[f.lueyang.id]!, '李娜')
    // Joining again (another device, a reload after the LAN reopened) does not list anyone twice.
    await joinAs(t, f.codes[f.lueyang.id]!, ' 王伟 ')
    await joinAs(t, f.codes[f.badong.id]!, '巴东的人')

    const read = await t.request<ApiResponse<'getParticipants'>>('GET', participantsPath(f.lueyang.id))
    expect(read.body).toEqual({
      participants: [
        { name: '王伟', post: '' },
        { name: '李娜', post: '' },
      ],
      suggested: [
        { name: '王伟', post: '' },
        { name: '李娜', post: '' },
      ],
      corrected: false,
    })

    for (const locale of ['zh-CN', 'en'] as const) {
      const { cover, annex } = await printLueyang(locale)
      for (const name of ['王伟', '李娜']) {
        expect(cover, `${locale} cover`).toContain(name)
        expect(annex, `${locale} annex`).toContain(name)
      }
      expect(cover + annex).not.toContain('巴东的人')
      // The cover's row reads 参与人员 王伟、李娜 / Participants 王伟, 李娜 (not "not given").
      expect(cover).toContain(locale === 'en' ? 'Participants王伟,李娜' : '参与人员王伟、李娜')
    }
  })

  it('puts the group’s members from setup first, and prints the facilitator’s correction until it is cleared', async () => {
    const groups = await t.request<ApiResponse<'listGroups'>>(
      'GET',
      apiPath(API_ROUTES.groups, { workshopId: f.workshopId }),
    )
    const group = groups.body.find((candidate) => candidate.countyId === f.lueyang.id)!
    await t.request('PUT', apiPath(API_ROUTES.group, { workshopId: f.workshopId, groupId: group.id }), {
      countyId: f.lueyang.id,
      name: group.name,
      members: [{ name: '李娜', post: '县商务局局长' }],
    })
    const suggested = await t.request<ApiResponse<'getParticipants'>>('GET', participantsPath(f.lueyang.id))
    expect(suggested.body.participants).toEqual([
      { name: '李娜', post: '县商务局局长' },
      { name: '王伟', post: '' },
    ])

    const correction = [
      { name: '王伟', post: '副县长' },
      { name: '张强', post: '县扶贫办主任' },
    ]
    const corrected = await t.request<ApiResponse<'getParticipants'>>('PUT', participantsPath(f.lueyang.id), {
      participants: correction,
    })
    expect(corrected.status).toBe(200)
    expect(corrected.body).toMatchObject({ participants: correction, corrected: true })
    const { cover, annex } = await printLueyang('zh-CN')
    expect(cover).toContain('王伟（副县长）')
    expect(cover).toContain('张强（县扶贫办主任）')
    expect(cover).not.toContain('李娜')
    expect(annex).toContain('张强')

    const cleared = await t.request<ApiResponse<'getParticipants'>>('PUT', participantsPath(f.lueyang.id), {
      participants: null,
    })
    expect(cleared.body).toMatchObject({ participants: suggested.body.participants, corrected: false })
  })

  it('lets a group read its own county’s list only, and correct none', async () => {
    const device = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const auth = { authorization: `Bearer ${device.token}` }
    expect((await t.request('GET', participantsPath(f.lueyang.id), undefined, auth)).status).toBe(200)
    expect((await t.request('GET', participantsPath(f.badong.id), undefined, auth)).status).toBe(403)
    const write = await t.request('PUT', participantsPath(f.lueyang.id), { participants: [] }, auth)
    expect(write.status).toBe(403)
  })
})
