import { mkdirSync } from 'node:fs'
import { facilitatorHeaders, hubApi as rest } from './support/hub-api'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { newDevice } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'

test.use({ demo: true })

const SHOTS = process.env.FOLLOW_UP_SHOTS ?? 'test-results/screenshots'
const WORKSHOP = '2018 贫困县扶贫培训班（演示）'
const ROUND = '2018 年年终复盘（示例数据）'

test('the facilitator prints a round’s review summary and downloads its review tables from the follow-up tab', async ({
  hub,
  page,
}) => {
  test.setTimeout(120_000)
  void hub
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, WORKSHOP, '跟踪复盘')
  await page.getByRole('button', { name: `查看${ROUND}的各县情况` }).click()
  const exports = page.getByRole('region', { name: '汇总与表格' })

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: '打印复盘汇总' }).click(),
  ])
  expect(pdf.suggestedFilename()).toBe(`${ROUND} 各县复盘汇总.pdf`)
  await expect(exports).toContainText(`已下载：${ROUND} 各县复盘汇总.pdf`)
  await exports.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-summary-1280x720.png` })
  expect(await seriousViolations(page)).toEqual([])

  // English on demand: the tables' file is named in English.
  await exports.getByText('English', { exact: true }).click()
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: '复盘表格 (XLSX)' }).click(),
  ])
  expect(xlsx.suggestedFilename()).toBe(`${ROUND} review tables.xlsx`)
  await page.setViewportSize({ width: 390, height: 844 })
  await exports.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-summary-390x844.png` })
})

test('the console chooses which review round the projector shows', async ({
  browser,
  hub,
  page,
  request,
}) => {
  test.setTimeout(120_000)
  const [workshop] = await rest.listWorkshops(request)
  const workshopId = workshop!.id
  // An earlier round than the demo's: the latest stays the default.
  await request.post(apiPath(API_ROUTES.followUpRounds, { workshopId }), {
    headers: await facilitatorHeaders(request),
    data: { name: '2018 年第三季度', date: '2018-09-30', planYear: 2018 },
  })
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`/console/${workshopId}`)
  const link = (await page.getByTestId('projector-link').innerText()).trim()
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(link)

  const picker = page.getByRole('combobox', { name: '投影的复盘轮次' })
  await expect(page.getByText(`最新一轮（${ROUND}）`)).toBeVisible()
  await chooseOption(page, picker, '2018 年第三季度')
  await expect(projector.getByRole('heading', { level: 1, name: '2018 年第三季度' })).toBeVisible()
  await expect(projector.getByRole('region', { name: '各县进展一览' })).toContainText('0 个县进展顺利')
  await page.screenshot({ path: `${SHOTS}/console-follow-up-round-1280x720.png` })

  await chooseOption(page, picker, `最新一轮（${ROUND}）`)
  await expect(projector.getByRole('heading', { level: 1, name: ROUND })).toBeVisible()
  await page.setViewportSize({ width: 390, height: 844 })
  await picker.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/console-follow-up-round-390x844.png` })
})
