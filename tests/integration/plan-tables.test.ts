import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { XLSX_MEDIA_TYPE } from '../../shared/api/route-spec'
import { addIndicator } from '../../shared/exercises/target-setting/target-setting-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName } from '../../shared/live/doc-names'
import type { Plan } from '../../shared/live/plan-schema'
import { PLAN_JSON_FORMAT, PLAN_JSON_VERSION, type PlanJson } from '../../shared/plan-tables/plan-json'
import { PLAN_TABLE_IDS, type PlanTable } from '../../shared/plan-tables/plan-table'
import { planTables } from '../../shared/plan-tables/plan-tables'
import { UTF8_BOM } from '../../shared/plan-tables/table-csv'
import { csvRecords } from '../support/csv-records'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'
import { fillLueyangPlan } from '../support/lueyang-plan'

/**
 * A county plan's tables out of the hub (XLSX, CSV, JSON), read back with exceljs, an RFC 4180 reader
 * and JSON.parse, and compared with the plan the hub serves: nothing lost, nothing changed, text that
 * looks like a formula still text.
 */
const FORMULA_CARD = '=HYPERLINK("http://example.invalid","点此领取补贴")'
const FORMULA_INDICATOR = '+86 热线接通率'

describe('a county plan’s tables and data as files', () => {
  let t: TestHub
  let f: LiveFixture
  let plan: Plan

  beforeAll(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
    const device = connectLive(t.hub.url, planDocName(f.workshopId, f.lueyang.id), f.facilitatorToken)
    try {
      await device.synced
      fillLueyangPlan(device.doc)
      addSwotCard(device.doc, 'threats', FORMULA_CARD)
      addIndicator(device.doc, { name: FORMULA_INDICATOR, unit: '%', baselineValue: -2.5 })
      await device.saved()
    } finally {
      device.destroy()
    }
    const read = await t.request<Plan>(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: f.workshopId, countyId: f.lueyang.id }),
    )
    plan = read.body
  })

  afterAll(async () => {
    await t?.stop()
  })

  const download = async (route: string, countyId: string, query: string, token?: string) => {
    const path = apiPath(route as typeof API_ROUTES.planXlsx, { workshopId: f.workshopId, countyId })
    return fetch(`${t.hub.url}${path}${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  }
  const savedAs = (response: Response) => {
    const match = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')
    return match ? decodeURIComponent(match[1]!) : null
  }

  /** A table as the workbook should hold it: a YYYY-MM-DD day as that day's date. */
  const asWorkbookRows = (table: PlanTable) =>
    table.rows.map((row) =>
      row.map((cell, index) =>
        table.columns[index]!.type === 'date' && typeof cell === 'string'
          ? new Date(`${cell}T00:00:00.000Z`)
          : cell,
      ),
    )

  it('gives the plan as a workbook: a sheet per table, title row, bold frozen headers, every cell equal to the plan', async () => {
    const response = await download(API_ROUTES.planXlsx, f.lueyang.id, '')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE)
    expect(savedAs(response)).toBe('略阳县 规划表格.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())

    const expected = planTables(plan, 'zh-CN')
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expected.map((table) => table.title))
    for (const table of expected) {
      const sheet = workbook.getWorksheet(table.title)!
      expect(sheet.getCell('A1').value).toBe(`略阳县 · ${table.title} · 2018 贫困县扶贫培训班`)
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
      const header = sheet.getRow(2)
      expect(header.font?.bold).toBe(true)
      const values = (row: number) =>
        table.columns.map((_, index) => {
          const value = sheet.getRow(row).getCell(index + 1).value
          return value === undefined ? null : value
        })
      expect(values(2)).toEqual(table.columns.map((column) => column.header))
      expect(table.rows.map((_, index) => values(index + 3))).toEqual(asWorkbookRows(table))
      expect(sheet.rowCount).toBe(table.rows.length + 2)
      for (let index = 1; index <= table.columns.length; index++) {
        expect(sheet.getColumn(index).width).toBeGreaterThanOrEqual(6)
      }
    }

    const indicators = workbook.getWorksheet('主要指标')!
    const target2020 = indicators.getRow(3).getCell(7)
    expect(target2020.type).toBe(ExcelJS.ValueType.Number)
    expect(target2020.value).toBe(19200)
    const start = workbook.getWorksheet('行动计划')!.getRow(3).getCell(11)
    expect(start.type).toBe(ExcelJS.ValueType.Date)
    expect(start.numFmt).toBe('yyyy-mm-dd')
  })

  it('writes text that looks like a formula into the workbook as text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await (await download(API_ROUTES.planXlsx, f.lueyang.id, '')).arrayBuffer())
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheet.getRows(1, sheet.rowCount)!.flatMap((row) => {
        const found: ExcelJS.Cell[] = []
        row.eachCell((cell) => found.push(cell))
        return found
      }),
    )
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([])
    const texts = cells.filter((cell) => cell.value === FORMULA_CARD || cell.value === FORMULA_INDICATOR)
    expect(texts.map((cell) => cell.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String])
  })

  it('gives each table as CSV in the language asked for, UTF-8 with a BOM, and it reads back equal to the plan', async () => {
    for (const id of PLAN_TABLE_IDS) {
      const response = await download(API_ROUTES.planCsv, f.lueyang.id, `?table=${id}&lang=en`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      const table = planTables(plan, 'en').find((candidate) => candidate.id === id)!
      // The county was set up without an English name: its Chinese one stands in.
      expect(savedAs(response)).toBe(`略阳县 ${table.title}.csv`)
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
      expect(text.startsWith(UTF8_BOM)).toBe(true)
      const [header, ...rows] = csvRecords(text.slice(1))
      expect(header).toEqual(table.columns.map((column) => column.header))
      const guarded = (cell: string | number | null) =>
        cell === null ? '' : cell === FORMULA_CARD || cell === FORMULA_INDICATOR ? `'${cell}` : String(cell)
      expect(rows).toEqual(table.rows.map((row) => row.map(guarded)))
    }
  })

  it('gives the whole plan as JSON with its format and version, equal to the plan', async () => {
    const response = await download(API_ROUTES.planJson, f.lueyang.id, '')
    expect(response.status).toBe(200)
    expect(savedAs(response)).toBe('略阳县 规划数据.json')
    const file = (await response.json()) as PlanJson
    expect(file).toMatchObject({
      format: PLAN_JSON_FORMAT,
      formatVersion: PLAN_JSON_VERSION,
      workshop: { id: f.workshopId, title: '2018 贫困县扶贫培训班' },
      county: { id: f.lueyang.id, name: '略阳县' },
    })
    expect(file.plan).toEqual(plan)
  })

  it('lets a county’s group download its own plan’s files, and refuses it another county’s', async () => {
    const lueyang = await joinAs(t, f.codes[f.lueyang.id]!, '略阳一')
    const badong = await joinAs(t, f.codes[f.badong.id]!, '巴东一')
    expect((await download(API_ROUTES.planXlsx, f.lueyang.id, '', lueyang.token)).status).toBe(200)
    expect((await download(API_ROUTES.planCsv, f.lueyang.id, '?table=budget', lueyang.token)).status).toBe(
      200,
    )
    expect((await download(API_ROUTES.planJson, f.lueyang.id, '', lueyang.token)).status).toBe(200)
    for (const [route, query] of [
      [API_ROUTES.planXlsx, ''],
      [API_ROUTES.planCsv, '?table=indicators'],
      [API_ROUTES.planJson, ''],
    ] as const) {
      const refused = await download(route, f.lueyang.id, query, badong.token)
      expect(refused.status).toBe(403)
      expect(await refused.text()).not.toContain('略阳乌鸡')
    }
  })

  it('refuses a CSV without a table it knows, saying what is wrong', async () => {
    const response = await download(API_ROUTES.planCsv, f.lueyang.id, '?table=secrets')
    expect(response.status).toBe(400)
  })
})
