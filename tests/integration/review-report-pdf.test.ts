import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromiumEngine } from '../../electron/export/chromium-engine'
import { BUILT_RENDERER_DIR, DEMO_FILE } from '../../electron/hub/app-paths'
import { seedDemo } from '../../electron/hub/demo/seed-demo'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { startTestHub, type TestHub } from '../support/hub-client'
import { notEmbeddedFonts, readPrintedPdf } from '../support/printed-pdf'
import { requirePrintTools } from '../support/print-tools'

/**
 * A county's review report for a follow-up round, printed through the hub's print pipeline (Chromium) from
 * the demo's round for Lueyang, read back with poppler: its figures as text, its fonts all embedded.
 */
describe('the review report PDF of a county', () => {
  let t: TestHub
  let params: { workshopId: string; roundId: string; countyId: string }

  beforeAll(async () => {
    requirePrintTools()
    t = await startTestHub({ rendererDir: BUILT_RENDERER_DIR, createPdfEngine: () => launchChromiumEngine() })
    const { workshop } = seedDemo(t.hub.store, DEMO_FILE) as { workshop: { id: string } }
    const lueyang = t.hub.store.counties.list(workshop.id).find((county) => county.name === '略阳县')!
    const [round] = t.hub.store.followUp.list(workshop.id)
    params = { workshopId: workshop.id, roundId: round!.id, countyId: lueyang.id }
  })

  afterAll(async () => {
    await t?.stop()
  })

  async function print(lang: 'zh-CN' | 'en', name: string) {
    const response = await fetch(
      `${t.hub.url}${apiPath(API_ROUTES.followUpReportPdf, params)}?lang=${lang}`,
      {
        headers: { authorization: `Bearer ${t.hub.access.facilitatorToken()}` },
      },
    )
    expect(response.status).toBe(200)
    return readPrintedPdf(response, t.dataDir, name)
  }

  const expectPhrases = (text: string, phrases: string[]) => {
    for (const phrase of phrases) expect(text).toContain(phrase)
  }

  it('prints, in Chinese, the headline, this round’s actuals against targets, the charts’ figures, the late action and who reported', async () => {
    const { disposition, text, fonts } = await print('zh-CN', 'review-report-zh.pdf')
    expect(disposition).toContain(encodeURIComponent('略阳县 2018 年年终复盘（示例数据） 复盘报告.pdf'))
    expectPhrases(text.replace(/\s+/g, ''), [
      '略阳县·2018年年终复盘（示例数据）复盘报告',
      '到2020年带动19,200人脱贫',
      '截至本轮已脱贫5,400人，完成规划的28%',
      '本轮实际与目标',
      '未达标',
      '滞后的行动',
      // The charts are SVG with text: their titles, legends and the plan line are searchable.
      '累计脱贫人口',
      '规划：2020年前19,200人',
      '各状态的行动数',
      '填报',
    ])
    expect(notEmbeddedFonts(fonts)).toEqual([])
    expect(fonts).toMatch(/NotoSansSC/)
  })

  it('prints in English with ?lang=en, every font embedded', async () => {
    const { text, fonts } = await print('en', 'review-report-en.pdf')
    const flat = text.replace(/\s+/g, ' ')
    expectPhrases(flat, [
      'review report',
      '19,200 people lifted out of poverty by 2020',
      '5,400 lifted so far, 28% of the plan',
      'Plan: 19,200 by 2020',
      'Actions by status',
    ])
    expect(flat).not.toMatch(/复盘报告|本轮实际/)
    expect(notEmbeddedFonts(fonts)).toEqual([])
  })
})
