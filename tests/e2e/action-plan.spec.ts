import { seriousViolations } from './support/axe'
import { joinByLink, newDevice } from './support/live-join'
import { actionCard, actionTitles, addAction, addBudgetLine, budgetMatrixRows } from './support/action-steps'
import { chooseOption } from './support/antd-select'
import { enterValue } from './support/enter-value'
import { openStep } from './support/plan-navigator'
import { expect, test } from './support/test'
import { lueyangJoinByRest, lueyangPairByRest } from './support/lan-by-rest'

test.use({ demo: true })

test('a group plans an action with dates, a milestone and budget lines; the timeline and the budget totals follow on every device and after a reload', async ({
  browser,
  hub,
  request,
}) => {
  test.setTimeout(300_000)
  const {
    a: { page: a },
    b: { page: b },
  } = await lueyangPairByRest(browser, request, hub.url)

  await openStep(a, /行动计划/)
  await expect(a).toHaveURL(/\?step=action-plan$/)
  await expect(a.getByText('还没有措施。')).toBeVisible()

  // A new action opens with its name box focused.
  await addAction(a, '乌鸡电商销售')
  const chicken = actionCard(a, '乌鸡电商销售')
  await chooseOption(a, chicken.getByLabel('“五个一批”类别'), '发展生产')
  await chooseOption(a, chicken.getByLabel('带贫机制'), '订单收购')
  await chicken.getByRole('textbox', { name: '措施说明' }).click()
  await a.keyboard.type('依托电商平台把略阳乌鸡卖到城市，合作社按订单收购贫困户养殖的乌鸡。')

  // A figure that is not one is explained and not saved; a grouped figure is.
  const households = chicken.getByLabel('受益户数（户）')
  await households.fill('6千')
  await expect(chicken.getByText('请输入数字。')).toBeVisible()
  await expect(chicken.getByText('目前保存的值：未填写')).toBeVisible()
  await enterValue(households, '6,400')
  await expect(chicken.getByText('请输入数字。')).toBeHidden()
  await enterValue(chicken.getByLabel('受益人数（人）'), '19200')
  await enterValue(chicken.getByLabel('建档立卡占比（%）'), '100')
  await enterValue(chicken.getByLabel('覆盖村数（个）'), '86')
  await chicken.getByLabel('牵头负责单位').fill('县商务局')
  await chicken.getByLabel('合作方').fill('阿里巴巴农村淘宝')

  // An end before the start is flagged under the end date until it is put right.
  await enterValue(chicken.getByLabel('开始日期'), '2018-06-01')
  await enterValue(chicken.getByLabel('结束日期'), '2018-01-31')
  await expect(chicken.getByText('结束日期早于开始日期，请检查。')).toBeVisible()
  await enterValue(chicken.getByLabel('结束日期'), '2020-12-31')
  await expect(chicken.getByText('结束日期早于开始日期，请检查。')).toBeHidden()

  await chicken.getByRole('button', { name: '添加关键节点' }).click()
  await expect(chicken.getByLabel('关键节点 1：名称')).toBeFocused()
  await chicken.getByLabel('关键节点 1：名称').fill('首批乌鸡产品网上销售')
  await enterValue(chicken.getByLabel('关键节点 1：日期'), '2019-03-01')

  await addBudgetLine(a, chicken, 1, {
    item: '冷链物流车',
    year: '2018',
    source: '财政专项扶贫资金',
    amount: '500000',
  })
  await addBudgetLine(a, chicken, 2, {
    item: '网店运营与推广',
    year: '2019',
    source: '企业投入',
    amount: '750,000',
  })
  await expect(chicken.getByTestId('action-budget-total')).toHaveText('本措施预算合计：1,250,000 元')
  const header = chicken.locator('.action-card-toggle')
  await expect(header).toContainText('发展生产')
  await expect(header).toContainText('县商务局')
  await expect(header).toContainText('2018年6月1日 至 2020年12月31日')
  await expect(header).toContainText('预算 1,250,000 元')

  // A second action, one budget line of which lacks its funding source.
  await header.click()
  await expect(header).toHaveAttribute('aria-expanded', 'false')
  await addAction(a, '电商技能培训')
  const training = actionCard(a, '电商技能培训')
  await chooseOption(a, training.getByLabel('“五个一批”类别'), '发展教育')
  await training.getByLabel('牵头负责单位').fill('县人社局')
  await enterValue(training.getByLabel('开始日期'), '2018-09-01')
  await enterValue(training.getByLabel('结束日期'), '2019-12-31')
  await addBudgetLine(a, training, 1, { item: '培训教材', year: '2019', amount: '20000' })

  // Reordering by keyboard: focus stays on the moved action's buttons and the move is announced.
  expect(await actionTitles(a)).toEqual(['乌鸡电商销售', '电商技能培训'])
  await a.getByRole('button', { name: '下移措施：乌鸡电商销售' }).focus()
  await a.keyboard.press('Enter')
  await expect.poll(() => actionTitles(a)).toEqual(['电商技能培训', '乌鸡电商销售'])
  await expect(a.getByText('措施“乌鸡电商销售”已移到第 2 位，共 2 项。')).toBeAttached()
  await expect(a.getByRole('button', { name: '上移措施：乌鸡电商销售' })).toBeFocused()
  await a.keyboard.press('Enter')
  await expect.poll(() => actionTitles(a)).toEqual(['乌鸡电商销售', '电商技能培训'])

  // Deleting asks first.
  await addAction(a, '临时措施')
  await a.getByRole('button', { name: '删除措施：临时措施' }).click()
  await a
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s?除$/ })
    .click()
  await expect.poll(() => actionTitles(a)).toEqual(['乌鸡电商销售', '电商技能培训'])

  await training.locator('.action-card-toggle').click()
  await header.click()
  await expect(header).toHaveAttribute('aria-expanded', 'true')
  await a.locator('.action-list').scrollIntoViewIfNeeded()
  await a.evaluate(() => document.querySelector('.action-toolbar')?.scrollIntoView({ block: 'start' }))
  await a.evaluate(() => window.scrollBy(0, -140))
  await a.screenshot({ path: 'test-results/screenshots/action-plan-1280x720.png' })
  expect(await seriousViolations(a), 'action plan, list').toEqual([])
  await chicken.getByRole('heading', { name: '关键节点' }).evaluate((heading) => heading.scrollIntoView())
  await a.evaluate(() => window.scrollBy(0, -140))
  await a.screenshot({ path: 'test-results/screenshots/action-plan-details-1280x720.png' })

  // The timeline: a bar from 1 June 2018 to the end of 2020 across the actions' years, 2018–2020.
  await a.getByRole('radiogroup', { name: '显示方式' }).getByText('时间轴').click()
  await expect(a.getByRole('radio', { name: '时间轴' })).toBeChecked()
  await expect(a).toHaveURL(/view=timeline/)
  const row = a.locator('.timeline-row[data-action-id]').filter({ hasText: '乌鸡电商销售' })
  await expect(a.getByRole('list', { name: '措施时间轴，2018—2020 年' })).toBeVisible()
  await expect(row).toContainText('2018年6月1日 至 2020年12月31日')
  await expect(row).toContainText('首批乌鸡产品网上销售（2019年3月1日）')
  const bar = row.locator('.timeline-bar')
  await expect(bar).toBeVisible()
  const track = await row.locator('.timeline-track').boundingBox()
  const drawn = await bar.boundingBox()
  if (!track || !drawn) throw new Error('The timeline bar is not drawn')
  // 151 of the period's 1,096 days have passed on 1 June 2018; the bar runs to the end.
  expect((drawn.x - track.x) / track.width).toBeCloseTo(151 / 1096, 2)
  expect((drawn.x + drawn.width - track.x) / track.width).toBeCloseTo(1, 2)
  await expect(row.locator('.timeline-marker')).toHaveCount(1)
  await a.evaluate(() => document.querySelector('.action-toolbar')?.scrollIntoView({ block: 'start' }))
  await a.evaluate(() => window.scrollBy(0, -140))
  await a.screenshot({ path: 'test-results/screenshots/action-timeline-1280x720.png' })
  expect(await seriousViolations(a), 'action plan, timeline').toEqual([])

  // The other device sees the action as written.
  await openStep(b, /行动计划/)
  const chickenOnB = actionCard(b, '乌鸡电商销售').locator('.action-card-toggle')
  await expect(chickenOnB).toContainText('县商务局')
  await expect(chickenOnB).toContainText('2018年6月1日 至 2020年12月31日')
  await expect(chickenOnB).toContainText('预算 1,250,000 元')

  // The budget step totals by year and source; the line without a source is listed with a link to fix it.
  await openStep(b, /预算/)
  await expect(b.getByTestId('budget-total')).toContainText('1,270,000 元')
  await expect(b.getByTestId('budget-total')).toContainText('合 127 万元')
  const expectedMatrix = [
    ['年度', '财政专项扶贫资金', '企业投入', '未填来源', '合计'],
    ['2018 年', '500,000', '—', '—', '500,000'],
    ['2019 年', '—', '750,000', '20,000', '770,000'],
    ['合计', '500,000', '750,000', '20,000', '1,270,000'],
  ]
  await expect.poll(() => budgetMatrixRows(b)).toEqual(expectedMatrix)
  const perAction = b.getByTestId('budget-by-action')
  await expect(perAction.locator('tr', { hasText: '乌鸡电商销售' })).toContainText('1,250,000')
  await expect(perAction.locator('tr', { hasText: '电商技能培训' })).toContainText('20,000')
  const gap = b.getByTestId('budget-gaps').locator('li')
  await expect(gap).toHaveCount(1)
  await expect(gap).toContainText('电商技能培训 · 第 1 条：培训教材')
  await expect(gap).toContainText('缺资金来源')
  await b.screenshot({ path: 'test-results/screenshots/budget-1280x720.png' })
  expect(await seriousViolations(b), 'budget').toEqual([])

  // "Complete" opens that action in the action plan; choosing the source empties the list.
  await gap.getByRole('link', { name: /去补充/ }).click()
  await expect(b).toHaveURL(/step=action-plan&action=/)
  const trainingOnB = actionCard(b, '电商技能培训')
  await expect(trainingOnB.locator('.action-card-toggle')).toHaveAttribute('aria-expanded', 'true')
  await chooseOption(b, trainingOnB.getByLabel('预算第 1 条：资金来源'), '东西部协作资金')
  await openStep(b, /预算/)
  await expect(b.getByText('所有预算条目都已写明年份和资金来源。')).toBeVisible()

  // A reload brings everything back from the hub.
  await a.reload()
  await expect(a).toHaveURL(/view=timeline/)
  await expect(
    a.locator('.timeline-row').filter({ hasText: '乌鸡电商销售' }).locator('.timeline-bar'),
  ).toBeVisible()
  await openStep(a, /预算/)
  await expect
    .poll(() => budgetMatrixRows(a))
    .toEqual([
      ['年度', '财政专项扶贫资金', '东西部协作资金', '企业投入', '合计'],
      ['2018 年', '500,000', '—', '—', '500,000'],
      ['2019 年', '—', '20,000', '750,000', '770,000'],
      ['合计', '500,000', '20,000', '750,000', '1,270,000'],
    ])
  await openStep(a, /行动计划/)
  await expect(a.getByRole('radio', { name: '列表' })).toBeChecked()
  const reloaded = actionCard(a, '乌鸡电商销售')
  if ((await reloaded.locator('.action-card-toggle').getAttribute('aria-expanded')) !== 'true')
    await reloaded.locator('.action-card-toggle').click()
  await expect(reloaded.getByLabel('牵头负责单位')).toHaveValue('县商务局')
  await expect(reloaded.getByLabel('开始日期')).toHaveValue('2018-06-01')
  await expect(reloaded.getByLabel('关键节点 1：名称')).toHaveValue('首批乌鸡产品网上销售')
  await expect(reloaded.getByRole('textbox', { name: '措施说明' })).toContainText(
    '按订单收购贫困户养殖的乌鸡',
  )
})

test('on a phone, a budget line shows its year and amount whole', async ({ browser, hub, request }) => {
  const { url } = await lueyangJoinByRest(request)
  const phone = (await newDevice(browser, hub.url, { width: 390, height: 844 })).page
  await joinByLink(phone, url, '赵磊')
  await openStep(phone, /行动计划/)
  await addAction(phone, '乌鸡电商销售')
  const chicken = actionCard(phone, '乌鸡电商销售')
  await addBudgetLine(phone, chicken, 1, { item: '冷链物流车', year: '2018', amount: '1,250,000' })
  for (const box of ['年份', '金额（元）']) {
    const input = chicken.getByLabel(`预算第 1 条：${box}`)
    const cut = await input.evaluate((element: HTMLInputElement) => element.scrollWidth > element.clientWidth)
    expect(cut, `${box} cut off`).toBe(false)
  }
  await chicken.getByLabel('预算第 1 条：用途').scrollIntoViewIfNeeded()
  await phone.screenshot({ path: 'test-results/screenshots/action-budget-390.png' })
})
