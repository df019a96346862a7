import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromiumEngine } from '../../electron/export/chromium-engine'
import { BUILT_RENDERER_DIR, DEMO_FILE } from '../../electron/hub/app-paths'
import { seedDemo } from '../../electron/hub/demo/seed-demo'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { startTestHub, type TestHub } from '../support/hub-client'
import { notEmbeddedFonts, readPrintedPdf } from '../support/printed-pdf'
import { requirePrintTools } from '../support/print-tools'

/**
 * A follow-up round across counties, printed through the hub's print pipeline (Chromium) from the demo's
 * round (Lueyang) with Hefeng's report added, read back with poppler: every county's figures as text,
 * the headings in the language asked for, every font embedded.
 */
describe('the review summary PDF of a round', () => {
  let t: TestHub
  let params: { workshopId: string; roundId: string }
  let countyNames: { zh: string; en: string }[]

  beforeAll(async () => {
    requirePrintTools()
    t = await startTestHub({ rendererDir: BUILT_RENDERER_DIR, createPdfEngine: () => launchChromiumEngine() })
    const { workshop } = seedDemo(t.hub.store, DEMO_FILE) as { workshop: { id: string } }
    const counties = t.hub.store.counties.list(workshop.id)
    countyNames = counties.map((county) => ({ zh: county.name, en: county.nameEn }))
    const hefeng = counties.find((county) => county.name === '鹤峰县')!
    const [round] = t.hub.store.followUp.list(workshop.id)
    params = { workshopId: workshop.id, roundId: round!.id }
    t.hub.store.followUp.putReport({
      roundId: round!.id,
      countyId: hefeng.id,
      targets: {
        planYear: 2018,
        indicators: [
          { id: 'hf-people', name: '茶产业带动脱贫人口', kind: 'people-lifted', unit: '人', target: 3000 },
        ],
        actions: [{ id: 'hf-factory', title: '建设茶叶加工厂' }],
        matches: [],
        peoplePlanned: 9000,
        peoplePlannedBy: 2020,
      },
      indicators: [{ indicatorId: 'hf-people', actual: 3150, note: '' }],
      actions: [{ itemId: 'hf-factory', status: 'late', note: '设备推迟到货' }],
      matches: [],
      narrative: '',
      reporterName: '李主任',
      reporterRole: 'county',
      reportedAt: '2018-12-18T02:00:00.000Z',
    })
  })

  afterAll(async () => {
    await t?.stop()
  })

  async function print(lang: 'zh-CN' | 'en', name: string) {
    const response = await fetch(
      `${t.hub.url}${apiPath(API_ROUTES.followUpSummaryPdf, params)}?lang=${lang}`,
      {
        headers: { authorization: `Bearer ${t.hub.access.facilitatorToken()}` },
      },
    )
    expect(response.status).toBe(200)
    return readPrintedPdf(response, t.dataDir, name)
  }

  it('prints, in Chinese, every county with its figures or “not reported”, the charts and the late actions by county', async () => {
    const { disposition, text, fonts } = await print('zh-CN', 'review-summary-zh.pdf')
    expect(disposition).toContain(encodeURIComponent('2018 年年终复盘（示例数据） 各县复盘汇总.pdf'))
    const flat = text.replace(/\s+/g, '')
    for (const phrase of [
      '2018年年终复盘（示例数据）·各县复盘汇总',
      '2个县已报告，7个县尚未报告。',
      '各县情况',
      // Lueyang: 5,400 of 19,200 (28%); Hefeng: 3,150 of 9,000 (35%), its one indicator met.
      '5,400/19,200',
      '28%',
      '3,150/9,000',
      '35%',
      '李主任（县工作组）',
      '各县对比图',
      '各县指标达标情况',
      '各县脱贫人口完成规划的比例',
      '滞后的行动',
      '建设茶叶加工厂设备推迟到货',
    ])
      expect(flat).toContain(phrase)
    for (const { zh } of countyNames) expect(flat).toContain(zh.replace(/\s+/g, ''))
    // Seven counties saved nothing: each says so on its line.
    expect(flat.match(/未报告/g)!.length).toBeGreaterThanOrEqual(7)
    expect(notEmbeddedFonts(fonts)).toEqual([])
    expect(fonts).toMatch(/NotoSansSC/)
  })

  it('prints in English with ?lang=en: English headings and county names, no Chinese heading left', async () => {
    const { text, fonts } = await print('en', 'review-summary-en.pdf')
    const flat = text.replace(/\s+/g, ' ')
    for (const phrase of [
      'review summary of all counties',
      '2 counties reported, 7 not yet.',
      'Counties compared',
      'Indicators by county',
      'Late actions',
      '5,400 / 19,200',
      '3,150 / 9,000',
      'Not reported',
    ])
      expect(flat).toContain(phrase)
    for (const { en } of countyNames) expect(flat).toContain(en)
    expect(flat).not.toMatch(/各县情况|滞后的行动|各县对比图/)
    expect(notEmbeddedFonts(fonts)).toEqual([])
  })
})
