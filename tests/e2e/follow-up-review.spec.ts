import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { fillDemoLueyang } from './support/demo-plan'
import { enterValue } from './support/enter-value'
import { LUEYANG } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = process.env.FOLLOW_UP_SHOTS ?? 'test-results/screenshots'
const WORKSHOP = '2018 贫困县扶贫培训班（演示）'

test('the facilitator adds a review round, enters Lueyang’s actuals, sees met and behind, and a reload shows what the hub stored', async ({
  hub,
  page,
}) => {
  test.setTimeout(180_000)
  await fillDemoLueyang(hub.url)
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, WORKSHOP, '跟踪复盘')

  await page.getByRole('button', { name: '新建复盘轮次' }).first().click()
  const dialog = page.getByRole('dialog', { name: '新建复盘轮次' })
  await dialog.getByLabel('轮次').fill('2019 年第三季度')
  await dialog.getByLabel('对照目标年份').fill('2019')
  // Enter in the last box saves, as in every form.
  await enterValue(dialog.getByLabel('日期'), '2019-09-30')
  await expect(page.getByText('已保存复盘轮次“2019 年第三季度”。')).toBeVisible()

  const overview = page.getByRole('region', { name: '2019 年第三季度：各县情况' })
  const lueyangRow = overview.getByRole('row', { name: new RegExp(LUEYANG) })
  await expect(lueyangRow).toContainText('未报告')
  await page.screenshot({ path: `${SHOTS}/follow-up-rounds-1280x720.png` })
  await lueyangRow.getByRole('button', { name: `填写${LUEYANG}的报告` }).click()

  const report = page.getByRole('region', { name: `${LUEYANG}：2019 年第三季度` })
  await expect(report).toContainText('2019 年目标：9,600 人')
  const actual = report.getByLabel('通过电商合作脱贫人口的实际值')
  await actual.fill('8100')
  await expect(report.getByText('未达标')).toBeVisible()
  await expect(report.getByText('差 1,500 人')).toBeVisible()
  await chooseOption(page, report.getByLabel(/的进展$/).first(), '滞后')
  await report
    .getByLabel(/的备注$/)
    .nth(1)
    .fill('冷链车推迟到货')
  await report.getByLabel('简要说明').fill('网店已上线，销量低于预期。')
  await report.getByLabel('报告人').fill('张老师')
  await report.getByRole('button', { name: '保存报告' }).click()
  await expect(page.getByText(`已保存${LUEYANG}的报告。`)).toBeVisible()
  await expect(report).toContainText('报告人：张老师（主持人）')
  await expect(report).toContainText('累计脱贫 8,100 人，规划到 2020 年脱贫 19,200 人（已完成 42%）')
  await page.screenshot({ path: `${SHOTS}/follow-up-report-1280x720.png`, fullPage: true })
  expect(await seriousViolations(page), 'report form').toEqual([])

  // What the hub stored comes back after a reload.
  await page.reload()
  const reloaded = page.getByRole('region', { name: `${LUEYANG}：2019 年第三季度` })
  await expect(reloaded.getByLabel('通过电商合作脱贫人口的实际值')).toHaveValue('8100')
  await expect(reloaded.getByText('未达标')).toBeVisible()
  const actionStatus = reloaded.locator('.ant-select', {
    has: page.getByRole('combobox', { name: /的进展$/ }),
  })
  await expect(actionStatus.first()).toContainText('滞后')
  await expect(reloaded.getByLabel('简要说明')).toHaveValue('网店已上线，销量低于预期。')

  // Met once the actual reaches the target.
  await reloaded.getByLabel('通过电商合作脱贫人口的实际值').fill('10150')
  await expect(reloaded.getByText('已达标')).toBeVisible()
  await reloaded.getByRole('button', { name: '保存报告' }).click()
  await expect(page.getByText(`已保存${LUEYANG}的报告。`)).toBeVisible()

  await page.getByRole('button', { name: '返回各县情况' }).click()
  await expect(page.getByRole('region', { name: '2019 年第三季度：各县情况' })).toContainText('已报告')
  expect(await seriousViolations(page), 'rounds and overview').toEqual([])
  await page.goBack()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: `${SHOTS}/follow-up-report-390x844.png`, fullPage: true })
  await page.getByRole('button', { name: '返回各县情况' }).click()
  const row = page
    .getByRole('region', { name: '2019 年第三季度：各县情况' })
    .getByRole('row', { name: new RegExp(LUEYANG) })
  await expect(row).toContainText('已报告')
  await expect(row.getByRole('cell')).toContainText(['略阳县', /已报告/, '1', '0', '1', '10,150 / 19,200'])
  await page.screenshot({ path: `${SHOTS}/follow-up-rounds-390x844.png`, fullPage: true })
})

test('in English, the demo’s illustrative review round shows Lueyang against its targets', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('plan-workshop.language', 'en'))
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, '2018 county poverty-alleviation class (demo)', 'Follow-up')
  const name = '2018 年年终复盘（示例数据）'
  await page.getByRole('button', { name: `See the counties of ${name}` }).click()
  const row = page
    .getByRole('region', { name: `${name}: counties` })
    .getByRole('row', { name: /Lueyang County/ })
  await expect(row.getByRole('cell')).toContainText([
    'Lueyang County',
    /Reported/,
    '2',
    '2',
    '1',
    '5,400 / 19,200',
  ])
  await page.screenshot({ path: `${SHOTS}/follow-up-demo-en-1280x720.png`, fullPage: true })
  await row.getByRole('button', { name: 'Enter the report of Lueyang County' }).click()
  const report = page.getByRole('region', { name: `Lueyang County: ${name}` })
  await expect(report).toContainText('5,400 people lifted to date; the plan: 19,200 by 2020 (28% done).')
  await expect(report.getByLabel('Actual value of 通过电商合作脱贫人口')).toHaveValue('5400')
  await expect(report).toContainText('600 人 short')
  await expect(report.getByLabel('Summary')).toHaveValue(/示例数据/)
  // An entry not saved yet is asked about before it is left.
  await report.getByLabel('Note on 开设略阳乌鸡网店').fill('Shop opened in June')
  await report.getByRole('button', { name: 'Back to the counties' }).click()
  const leave = page.getByRole('dialog', { name: 'Leave this page?' })
  await leave.getByRole('button', { name: 'Stay on this page' }).click()
  await expect(report.getByLabel('Note on 开设略阳乌鸡网店')).toHaveValue('Shop opened in June')
  expect(await seriousViolations(page), 'report in English').toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: `${SHOTS}/follow-up-demo-en-390x844.png`, fullPage: true })
})

test('a round is renamed in its form and deleted only after the facilitator confirms', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openSetupTab(page, WORKSHOP, '跟踪复盘')
  const demoRound = '2018 年年终复盘（示例数据）'
  await page.getByRole('button', { name: `编辑${demoRound}` }).click()
  const form = page.getByRole('dialog', { name: `编辑“${demoRound}”` })
  await expect(form.getByLabel('对照目标年份')).toHaveValue('2018')
  await page.screenshot({ path: `${SHOTS}/follow-up-round-form-390x844.png` })
  await form.getByLabel('轮次').fill('2018 年年终（示例数据）')
  await form.getByRole('button', { name: '保存' }).click()
  const renamed = '2018 年年终（示例数据）'
  await expect(page.getByRole('cell', { name: renamed, exact: true })).toBeVisible()

  await page.getByRole('button', { name: `删除${renamed}` }).click()
  const confirm = page.getByRole('dialog', { name: `删除复盘轮次“${renamed}”？` })
  await expect(confirm).toContainText('各县为这一轮填写的报告会一并删除')
  await page.screenshot({ path: `${SHOTS}/follow-up-delete-390x844.png` })
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(page.getByRole('cell', { name: renamed, exact: true })).toBeVisible()

  await page.getByRole('button', { name: `删除${renamed}` }).click()
  await page
    .getByRole('dialog', { name: `删除复盘轮次“${renamed}”？` })
    .getByRole('button', { name: '删除轮次' })
    .click()
  await expect(page.getByText(`已删除复盘轮次“${renamed}”。`)).toBeVisible()
  await expect(page.getByRole('heading', { name: '还没有复盘轮次' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: '还没有复盘轮次' })).toBeVisible()
})
