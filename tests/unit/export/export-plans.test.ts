import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PdfEngine } from '../../../electron/export/pdf-engine'
import { exportPlans, type ExportEvent } from '../../../electron/export/export-plans'
import { countySchema, type County } from '../../../shared/county/county-schema'
import { makeTempDir } from '../../support/temp-dir'

const county = (id: string, name: string, nameEn = ''): County =>
  countySchema.parse({ id, workshopId: 'workshop-1', position: 0, updatedAt: '', name, nameEn })

/** An engine that returns a tiny "PDF" per page, or fails for pages whose URL contains `failOn`. */
function fakeEngine(failOn?: string): PdfEngine & { urls: string[] } {
  const urls: string[] = []
  return {
    urls,
    async printPage(url) {
      urls.push(url)
      if (failOn && url.includes(failOn)) throw new Error('the print view could not be loaded')
      return new TextEncoder().encode(`%PDF-1.4 ${url}\n/Type /Page\n%%EOF`)
    },
    async close() {},
  }
}

describe('exporting plans', () => {
  let out: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    out = makeTempDir('plan-export-')
  })
  afterEach(() => out.remove())

  const request = (engine: PdfEngine, counties: County[], extra: object = {}) => ({
    engine,
    hubUrl: 'http://127.0.0.1:9',
    workshopId: 'workshop-1',
    counties,
    locale: 'zh-CN' as const,
    outDir: out.path,
    exportedAt: '2018-03-02T10:00:00.000Z',
    summary: true,
    ...extra,
  })

  it('prints each county and the summary to its own file, with the language and time in the address', async () => {
    const engine = fakeEngine()
    const events: ExportEvent[] = []
    const result = await exportPlans({
      ...request(engine, [county('county-aaaaaaaa', '略阳县'), county('county-bbbbbbbb', '巴东县')]),
      onProgress: (event) => events.push(event),
    })
    expect(readdirSync(out.path).sort()).toEqual(
      ['巴东县 规划方案.pdf', '各县规划目标汇总.pdf', '略阳县 规划方案.pdf'].sort(),
    )
    expect(engine.urls[0]).toBe(
      'http://127.0.0.1:9/print/workshops/workshop-1/counties/county-aaaaaaaa?lang=zh-CN&exportedAt=2018-03-02T10%3A00%3A00.000Z',
    )
    expect(engine.urls[2]).toContain('/print/workshops/workshop-1/summary?lang=zh-CN')
    expect(result.written.map((item) => item.kind)).toEqual(['county', 'county', 'summary'])
    expect(events.filter((event) => event.kind === 'written').map((event) => event.index)).toEqual([0, 1, 2])
  })

  it('names files in the export language and keeps two counties that clean to one name apart', async () => {
    const result = await exportPlans({
      ...request(fakeEngine(), [
        county('county-aaaaaaaa', '略阳县', 'Lueyang'),
        county('county-bbbbbbbb', '略阳县/', 'Lueyang/'),
      ]),
      locale: 'en',
      summary: false,
    })
    expect(result.written.map((item) => item.fileName)).toEqual(['Lueyang plan.pdf', 'Lueyang plan (2).pdf'])
  })

  it('reports a failed county and still prints the others, leaving no partial or temporary file', async () => {
    const result = await exportPlans(
      request(fakeEngine('county-bbbbbbbb'), [
        county('county-aaaaaaaa', '略阳县'),
        county('county-bbbbbbbb', '巴东县'),
        county('county-cccccccc', '鹤峰县'),
      ]),
    )
    expect(result.failed).toEqual([
      { item: expect.objectContaining({ label: '巴东县' }), message: 'the print view could not be loaded' },
    ])
    expect(readdirSync(out.path).sort()).toEqual(
      ['各县规划目标汇总.pdf', '略阳县 规划方案.pdf', '鹤峰县 规划方案.pdf'].sort(),
    )
    expect(existsSync(join(out.path, '巴东县 规划方案.pdf'))).toBe(false)
  })

  it('replaces an earlier export of the same file whole', async () => {
    const counties = [county('county-aaaaaaaa', '略阳县')]
    await exportPlans({ ...request(fakeEngine(), counties), summary: false })
    await exportPlans({
      ...request(fakeEngine(), counties),
      summary: false,
      exportedAt: '2019-01-01T00:00:00.000Z',
    })
    expect(readdirSync(out.path)).toEqual(['略阳县 规划方案.pdf'])
    expect(readFileSync(join(out.path, '略阳县 规划方案.pdf'), 'latin1')).toContain('2019-01-01')
  })

  it('stops between documents when cancelled', async () => {
    const controller = new AbortController()
    const result = await exportPlans({
      ...request(fakeEngine(), [county('county-aaaaaaaa', '略阳县'), county('county-bbbbbbbb', '巴东县')]),
      signal: controller.signal,
      onProgress: (event) => {
        if (event.kind === 'written') controller.abort()
      },
    })
    expect(result.cancelled).toBe(true)
    expect(readdirSync(out.path)).toEqual(['略阳县 规划方案.pdf'])
  })
})
