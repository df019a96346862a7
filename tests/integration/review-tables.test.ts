import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { XLSX_MEDIA_TYPE } from '../../shared/api/route-spec'
import { REVIEW_TABLE_IDS } from '../../shared/follow-up-tables/review-table'
import { UTF8_BOM } from '../../shared/plan-tables/table-csv'
import { csvRecords } from '../support/csv-records'
import type { TestHub } from '../support/hub-client'
import type { LiveFixture } from '../support/live-fixture'
import type { LueyangIds } from '../support/lueyang-plan'
import { filledLueyangHub } from '../support/filled-lueyang-hub'

/**
 * A round's review status as files (XLSX, CSV) out of the hub, read back with exceljs and an RFC 4180
 * reader and compared with the reports the facilitator saved: across counties for the facilitator only,
 * a county's own for its group.
 */
const FORMULA_NOTE = '=HYPERLINK("http://example.invalid","补贴")'

describe('a follow-up round’s review tables as files', () => {
  let t: TestHub
  let f: LiveFixture
  let ids: LueyangIds
  let lueyangToken: string
  let badongToken: string
  let roundId: string

  beforeAll(async () => {
    ;({ t, f, ids, lueyangToken, badongToken } = await filledLueyangHub())
    const round = await t.request<ApiResponse<'createFollowUpRound'>>(
      'POST',
      apiPath(API_ROUTES.followUpRounds, { workshopId: f.workshopId }),
      { name: '2019 年第三季度', date: '2019-09-30', planYear: 2019 },
    )
    roundId = round.body.id
    const saved = await t.request(
      'PUT',
      apiPath(API_ROUTES.followUpReport, { workshopId: f.workshopId, roundId, countyId: f.lueyang.id }),
      {
        indicators: [{ indicatorId: ids.indicatorId, actual: 5400, note: '截至 9 月底' }],
        actions: [{ itemId: ids.actionId, status: 'late', note: '冷链车推迟到货' }],
        matches: [{ itemId: ids.matchId, status: 'on-track', note: FORMULA_NOTE }],
        narrative: '网店已上线。',
        reporterName: '张老师',
      },
    )
    expect(saved.status).toBe(200)
  })

  afterAll(async () => {
    await t?.stop()
  })

  const download = (path: string, query = '', token?: string) =>
    fetch(`${t.hub.url}${path}${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  const acrossCounties = (
    route: typeof API_ROUTES.followUpReviewXlsx | typeof API_ROUTES.followUpReviewCsv,
  ) => apiPath(route, { workshopId: f.workshopId, roundId })
  const ofCounty = (
    route: typeof API_ROUTES.followUpCountyReviewXlsx | typeof API_ROUTES.followUpCountyReviewCsv,
    countyId: string,
  ) => apiPath(route, { workshopId: f.workshopId, roundId, countyId })
  const savedAs = (response: Response) => {
    const match = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')
    return match ? decodeURIComponent(match[1]!) : null
  }
  const sheetRows = (sheet: ExcelJS.Worksheet) =>
    sheet.getRows(1, sheet.rowCount)!.map((row) => {
      const cells: unknown[] = []
      for (let index = 1; index <= sheet.columnCount; index++) {
        const value = row.getCell(index).value
        cells.push(value === undefined ? null : value)
      }
      return cells
    })

  it('gives the round across counties as a workbook whose cells equal the saved reports, a county that saved nothing “not reported”', async () => {
    const response = await download(acrossCounties(API_ROUTES.followUpReviewXlsx))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE)
    expect(savedAs(response)).toBe('2019 年第三季度 复盘表格.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '各县复盘汇总',
      '指标实际与目标',
      '行动与资源对接状态',
    ])

    const [title, header, lueyang, badong] = sheetRows(workbook.getWorksheet('各县复盘汇总')!)
    expect(title![0]).toBe('各县复盘汇总 · 2019 年第三季度 · 2018 贫困县扶贫培训班')
    expect(header!.slice(0, 6)).toEqual([
      '县',
      '填报情况',
      '填报人',
      '填报身份',
      '填报日期',
      '截至本轮已脱贫人数',
    ])
    expect(lueyang!.slice(0, 4)).toEqual(['略阳县', '已报告', '张老师', '主持人'])
    expect(lueyang![4]).toBeInstanceOf(Date)
    // People lifted 5,400 of the plan's 19,200 by 2020 (28%); one indicator, behind; one action, late.
    expect(lueyang!.slice(5)).toEqual([5400, 19200, 2020, 28, 0, 1, 0, 0, 1, 0, 0, 0])
    expect(badong!.slice(0, 3)).toEqual(['巴东县', '未报告', null])

    const indicators = sheetRows(workbook.getWorksheet('指标实际与目标')!)
    expect(indicators[1]).toEqual(['县', '指标', '单位', '2019 年目标', '实际', '差距', '情况', '说明'])
    expect(indicators.slice(2)).toEqual([
      ['略阳县', '通过电商合作脱贫人口', '人', 9600, 5400, 4200, '未达标', '截至 9 月底'],
    ])

    const items = sheetRows(workbook.getWorksheet('行动与资源对接状态')!)
    expect(items.slice(2).map((row) => row.slice(1, 5))).toEqual([
      ['行动', expect.any(String), '滞后', '冷链车推迟到货'],
      ['资源对接', expect.any(String), '进展顺利', FORMULA_NOTE],
    ])
    // A note that looks like a formula is a text cell in the workbook, never a formula.
    const noteCell = workbook.getWorksheet('行动与资源对接状态')!.getRow(4).getCell(5)
    expect(noteCell.type).toBe(ExcelJS.ValueType.String)
  })

  it('gives each table as CSV in English with a BOM, reading back equal to the workbook’s, formula-looking text guarded', async () => {
    for (const table of REVIEW_TABLE_IDS) {
      const response = await download(acrossCounties(API_ROUTES.followUpReviewCsv), `?table=${table}&lang=en`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
      expect(text.startsWith(UTF8_BOM)).toBe(true)
      const records = csvRecords(text.slice(1))
      if (table === 'counties') {
        expect(savedAs(response)).toBe('2019 年第三季度 Review across counties.csv')
        expect(records[0]![0]).toBe('County')
        expect(records[1]).toEqual([
          '略阳县',
          'Reported',
          '张老师',
          'Facilitator',
          expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          '5400',
          '19200',
          '2020',
          '28',
          '0',
          '1',
          '0',
          '0',
          '1',
          '0',
          '0',
          '0',
        ])
        expect(records[2]!.slice(0, 3)).toEqual(['巴东县', 'Not reported', ''])
      }
      if (table === 'indicators') {
        expect(records).toEqual([
          ['County', 'Indicator', 'Unit', 'Target 2019', 'Actual', 'Gap', 'Standing', 'Note'],
          ['略阳县', '通过电商合作脱贫人口', '人', '9600', '5400', '4200', 'Behind', '截至 9 月底'],
        ])
      }
      if (table === 'items') {
        expect(records.slice(1).map((row) => [row[1], row[3], row[4]])).toEqual([
          ['Action', 'Late', '冷链车推迟到货'],
          ['Resource match', 'On track', `'${FORMULA_NOTE}`],
        ])
      }
    }
  })

  it('gives a county’s own group its county’s tables and refuses it every other county’s and the tables across counties', async () => {
    const own = await download(ofCounty(API_ROUTES.followUpCountyReviewXlsx, f.lueyang.id), '', lueyangToken)
    expect(own.status).toBe(200)
    expect(savedAs(own)).toBe('略阳县 2019 年第三季度 复盘表格.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await own.arrayBuffer())
    expect(
      sheetRows(workbook.getWorksheet('各县复盘汇总')!)
        .slice(2)
        .map((row) => row[0]),
    ).toEqual(['略阳县'])
    const ownCsv = await download(
      ofCounty(API_ROUTES.followUpCountyReviewCsv, f.lueyang.id),
      '?table=items',
      lueyangToken,
    )
    expect(ownCsv.status).toBe(200)

    for (const [path, query] of [
      [ofCounty(API_ROUTES.followUpCountyReviewXlsx, f.lueyang.id), ''],
      [ofCounty(API_ROUTES.followUpCountyReviewCsv, f.lueyang.id), '?table=indicators'],
      [acrossCounties(API_ROUTES.followUpReviewXlsx), ''],
      [acrossCounties(API_ROUTES.followUpReviewCsv), '?table=counties'],
      [apiPath(API_ROUTES.followUpSummaryPdf, { workshopId: f.workshopId, roundId }), ''],
      [apiPath(API_ROUTES.followUpRoundReports, { workshopId: f.workshopId, roundId }), ''],
    ] as const) {
      const refused = await download(path, query, badongToken)
      expect(refused.status).toBe(403)
      expect(await refused.text()).not.toContain('冷链车')
    }
    const lueyangAcross = await download(acrossCounties(API_ROUTES.followUpReviewXlsx), '', lueyangToken)
    expect(lueyangAcross.status).toBe(403)
  })

  it('refuses a CSV of a table it does not know', async () => {
    const response = await download(acrossCounties(API_ROUTES.followUpReviewCsv), '?table=secrets')
    expect(response.status).toBe(400)
  })
})
