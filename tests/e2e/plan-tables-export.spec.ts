import ExcelJS from 'exceljs'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import type { Plan } from '../../shared/live/plan-schema'
import { planTables } from '../../shared/plan-tables/plan-tables'
import { connectLive } from '../support/live-client'
import { fillLueyangPlan } from '../support/lueyang-plan'
import { seriousViolations } from './support/axe'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = '/work/notes/shots/i16-tables'

test('the export tab downloads Lueyang’s plan as a workbook, named for the county, that reads back as the plan', async ({
  page,
  hub,
}) => {
  const get = async <T>(path: string) => (await (await page.request.get(path)).json()) as T
  const [workshop] = await get<ApiResponse<'listWorkshops'>>(API_ROUTES.workshops)
  const workshopId = workshop!.id
  const counties = await get<ApiResponse<'listCounties'>>(apiPath(API_ROUTES.counties, { workshopId }))
  const countyId = counties.find((county) => county.name === '略阳县')!.id
  const { token } = await get<ApiResponse<'facilitatorToken'>>(API_ROUTES.facilitatorToken)
  const live = connectLive(hub.url, planDocName(workshopId, countyId), token)
  try {
    await live.synced
    fillLueyangPlan(live.doc)
    await live.saved()
  } finally {
    live.destroy()
  }

  await page.goto('/')
  await page.getByRole('link', { name: /2018 贫困县扶贫培训班（演示）/ }).click()
  await page.getByRole('tab', { name: '导出', exact: true }).click()
  await page.getByRole('radiogroup', { name: '导出语言' }).getByText('English').click()
  const lueyang = page.getByRole('row', { name: /Lueyang County/ })
  const xlsx = lueyang.getByRole('button', { name: '下载表格 (XLSX)：Lueyang County' })
  await expect(xlsx).toBeVisible()
  await expect(lueyang.getByRole('button', { name: '下载单表 (CSV)：Lueyang County' })).toBeVisible()
  await expect(lueyang.getByRole('button', { name: '下载完整数据 (JSON)：Lueyang County' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/export-tab-zh-1280.png` })

  // From the keyboard, as any control of the tab.
  await xlsx.focus()
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(download.suggestedFilename()).toBe('Lueyang County plan tables.xlsx')

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  const plan = await get<Plan>(apiPath(API_ROUTES.plan, { workshopId, countyId }))
  const expected = planTables(plan, 'en')
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expected.map((table) => table.title))
  for (const table of expected) {
    const sheet = workbook.getWorksheet(table.title)!
    expect(String(sheet.getCell('A1').value)).toMatch(/^Lueyang County · /)
    const row = (number: number) =>
      table.columns.map((column, index) => {
        const value = sheet.getRow(number).getCell(index + 1).value ?? null
        return value instanceof Date ? value.toISOString().slice(0, 10) : value
      })
    expect(row(2)).toEqual(table.columns.map((column) => column.header))
    expect(table.rows.map((_, index) => row(index + 3))).toEqual(table.rows)
  }
  expect(workbook.getWorksheet('Indicators')!.getRow(3).getCell(7).value).toBe(19200)

  // One table as CSV, chosen from the menu by keyboard; the focus comes back to the button.
  const csv = lueyang.getByRole('button', { name: '下载单表 (CSV)：Lueyang County' })
  await csv.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('menuitem', { name: '主要指标' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: '预算' })).toBeFocused()
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
  expect(csvDownload.suggestedFilename()).toBe('Lueyang County Budget.csv')
  await expect(csv).toBeFocused()

  expect(await seriousViolations(page)).toEqual([])
})
