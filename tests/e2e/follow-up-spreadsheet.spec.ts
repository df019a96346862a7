import ExcelJS from 'exceljs'
import { readFile, writeFile } from 'node:fs/promises'
import { TEMPLATE_SHEETS } from '../../shared/follow-up/review-template-layout'
import { seriousViolations } from './support/axe'
import { LUEYANG } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = process.env.FOLLOW_UP_SHOTS ?? 'test-results/screenshots'
const ROUND = '2018 年年终复盘（示例数据）'

test('a county office’s filled Excel template is imported into its report; a wrong cell is named and changes nothing', async ({
  page,
}, testInfo) => {
  await openSetupTab(page, '2018 贫困县扶贫培训班（演示）', '跟踪复盘')
  await page.getByRole('button', { name: `查看${ROUND}的各县情况` }).click()
  await page
    .getByRole('region', { name: `${ROUND}：各县情况` })
    .getByRole('row', { name: new RegExp(LUEYANG) })
    .getByRole('button', { name: `填写${LUEYANG}的报告` })
    .click()
  const report = page.getByRole('region', { name: `${LUEYANG}：${ROUND}` })
  const actual = report.getByLabel('通过电商合作脱贫人口的实际值')
  await expect(actual).toHaveValue('5400')

  // The template, as the facilitator hands it to the county office.
  const section = page.getByRole('region', { name: '用表格填报' })
  const downloading = page.waitForEvent('download')
  await section.getByRole('button', { name: '下载 Excel 模板' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`${LUEYANG} ${ROUND} 复盘模板.xlsx`)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer)
  const indicators = workbook.getWorksheet(TEMPLATE_SHEETS.indicators)!
  expect(indicators.getCell('B3').value).toBe('通过电商合作脱贫人口')
  expect(indicators.getCell('F3').value).toBe(5_400)

  // The office's figures come back and replace the report.
  indicators.getCell('F3').value = 6_000
  workbook.getWorksheet(TEMPLATE_SHEETS.summary)!.getCell('B3').value = '略阳县扶贫办 李娜'
  const filled = testInfo.outputPath('filled.xlsx')
  await writeFile(filled, new Uint8Array(await workbook.xlsx.writeBuffer()))
  await section.locator('input[type=file]').setInputFiles(filled)
  await expect(page.getByText(`已导入 filled.xlsx，${LUEYANG}的报告已更新。`)).toBeVisible()
  await expect(actual).toHaveValue('6000')
  await expect(report.getByLabel('报告人')).toHaveValue('略阳县扶贫办 李娜')

  // A word where a number belongs: the cell is named, and the report stays as it was.
  indicators.getCell('F3').value = '约六千'
  const spoiled = testInfo.outputPath('spoiled.xlsx')
  await writeFile(spoiled, new Uint8Array(await workbook.xlsx.writeBuffer()))
  await section.locator('input[type=file]').setInputFiles(spoiled)
  const refusal = section.getByRole('alert')
  await expect(refusal).toContainText('spoiled.xlsx 未导入')
  await expect(refusal).toContainText("单元格 '指标 Indicators'!F3 中的“约六千”不是数字，什么都没有导入。")
  await expect(actual).toHaveValue('6000')
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-spreadsheet-1280x720.png` })
  expect(await seriousViolations(page), 'report by spreadsheet').toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-spreadsheet-390x844.png` })
})
