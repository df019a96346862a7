import type { Page } from '@playwright/test'
import { actionCard, addBudgetLine, budgetMatrixRows } from './support/action-steps'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { addDot, dotBalance, dotItem } from './support/dot-vote-steps'
import { hubApi } from './support/hub-api'
import { lueyangPairByRest } from './support/lan-by-rest'
import { groupCard, LUEYANG, newDevice, openJoinTab, summaryEditor, typeInSummary } from './support/live-join'
import {
  addNeed,
  dragResourceByMouse,
  matchRow,
  needCard,
  needsBoard,
  resourceHandle,
} from './support/matching-steps'
import { openStep, proseField, scrollBelowHeader, stepLink } from './support/plan-navigator'
import {
  coreProblem,
  problemCard,
  problemObjectives,
  sortedProblemBoard,
  typeNewCard,
} from './support/problem-tree-steps'
import { addSwotCard, dragSwotCardByMouse, swotBoard, swotHandle } from './support/swot-steps'
import { indicatorCell, indicatorRows, peopleLifted } from './support/target-steps'
import { expect, test } from './support/test'
import { enterValue } from './support/enter-value'

test.use({ demo: true })

/** The workspace's steps in the navigator's order: how the step is named there, and its address. */
const STEPS = {
  dataCard: { name: /县情数据卡/, en: 'County data card', slug: 'county-data-card' },
  problemTree: { name: /问题树/, en: 'Problem tree', slug: 'problem-tree' },
  swot: { name: /SWOT 分析/, en: 'SWOT analysis', slug: 'swot' },
  dotVote: { name: /圆点投票/, en: 'Dot-vote on the top problems', slug: 'dot-vote' },
  matching: { name: /资源对接/, en: 'Resource matching', slug: 'resource-matching' },
  targets: { name: /目标设定/, en: 'Target setting', slug: 'target-setting' },
  actions: { name: /行动计划/, en: 'Action plan', slug: 'action-plan' },
  budget: { name: /预算/, en: 'Budget', slug: 'budget' },
  logframe: { name: /逻辑框架/, en: 'Logframe', slug: 'logframe' },
  signOff: { name: /审定与导出/, en: 'Sign-off and export', slug: 'sign-off' },
} as const
type Step = (typeof STEPS)[keyof typeof STEPS]

// Lueyang's figures from the class reports (seeded with the demo county) and the arithmetic they lead to.
const HOUSEHOLDS = '13255'
const REGISTERED_POOR = '42996'
const REMAINING_POOR = '32000'
const PROFIT_PER_CHICKEN = '75'
const SHARE = '60'

// Everything else a county official would bring to the class; invented, but of the right size.
const POPULATION = '201,900'
const POOR_VILLAGES = '86'
const REGISTERED_YEAR = '2017'
const RURAL_INCOME = '8,532'
const SUMMARY =
  '略阳县地处秦巴山区，山大沟深，村道狭窄；贫困户多散养略阳乌鸡、种植中药材，乌鸡只能在集市零卖，卖不上价。'
const CORE = '贫困户养的乌鸡卖不上价'
const OBJECTIVE = '开设乌鸡网店，把乌鸡卖到城市'
const CHICKENS = '网上销售略阳乌鸡'
const ONLINE_SHOP = '平台网店与销售渠道'
const COMMITMENT = '开设略阳乌鸡网店，2018 年底前上线，每年收购销售 14.4 万只'
const MATCH_OWNER = '县商务局 张明'
const ACTION = `${CHICKENS}——${ONLINE_SHOP}`
const TITLE = '略阳县电商精准扶贫合作方案（2018—2020 年）'

/** Where each step's own content starts, to put it under the sticky header for the screenshot. */
const CONTENT: Record<Step['slug'], string> = {
  'county-data-card': '#data-card-heading',
  'problem-tree': '.pt-board',
  swot: '.swot-board',
  'dot-vote': '.dv-board',
  'resource-matching': '.matching-board',
  'target-setting': '#benefit-heading',
  'action-plan': '.action-toolbar',
  budget: '#budget-matrix-heading',
  logframe: '#logframe-heading',
  'sign-off': '#status-heading',
}

/** The step's status in the navigator: "已完成" alone once every criterion is met. */
const status = (page: Page, step: Step) => stepLink(page, step.name).getByTestId('step-completeness')

/** Saves the step's screen as an artifact and holds it to axe-core's serious and critical rules. */
async function record(page: Page, step: Step): Promise<void> {
  await scrollBelowHeader(page, CONTENT[step.slug])
  await page.screenshot({ path: `test-results/screenshots/journey-${step.slug}-1280x720.png` })
  expect(await seriousViolations(page), `${step.slug} step`).toEqual([])
}

test('an official fills a complete Lueyang plan step by step with a partner, the facilitator marks it final, and after a reload every step reads back complete, also in English', async ({
  browser,
  hub,
  request,
}) => {
  test.setTimeout(300_000)
  const {
    a: { page: a },
    b: { page: b },
  } = await lueyangPairByRest(browser, request, hub.url)
  for (const step of Object.values(STEPS)) await expect(status(a, step)).not.toHaveText('已完成')

  // 1. The data card: the seeded figures are there; the official adds the rest while the partner writes
  // the summary on the other device.
  await openStep(a, STEPS.dataCard.name)
  await expect(a).toHaveURL(/\?step=county-data-card$/)
  await openStep(b, STEPS.dataCard.name)
  const figure = (label: string) => a.getByLabel(label, { exact: true })
  await expect(figure('建档立卡贫困户（户）')).toHaveValue(HOUSEHOLDS)
  await expect(figure('建档立卡贫困人口（人）')).toHaveValue(REGISTERED_POOR)
  await expect(figure('现有贫困人口（人）')).toHaveValue(REMAINING_POOR)
  await expect(figure('现有贫困人口年份')).toHaveValue('2018')
  await Promise.all([
    (async () => {
      await enterValue(figure('总人口（人）'), POPULATION)
      await enterValue(figure('贫困村（个）'), POOR_VILLAGES)
      await enterValue(figure('建档立卡数据年份'), REGISTERED_YEAR)
      await enterValue(figure('农村居民人均可支配收入（元）'), RURAL_INCOME)
      await enterValue(figure('收入数据年份'), REGISTERED_YEAR)
    })(),
    typeInSummary(b, SUMMARY),
  ])
  await expect(summaryEditor(a)).toContainText(SUMMARY)
  await expect(b.getByLabel('总人口（人）', { exact: true })).toHaveValue('201900')
  await expect(status(a, STEPS.dataCard)).toHaveText('已完成')
  await record(a, STEPS.dataCard)

  // 2. The problem tree: a core problem, causes (one with a cause of its own), an effect, and an objective.
  await openStep(a, STEPS.problemTree.name)
  await coreProblem(a).fill(CORE)
  const addCause = a.getByRole('button', { name: '添加直接原因' })
  await typeNewCard(a, addCause, '只能在集市零卖')
  await typeNewCard(a, addCause, '冷链运输成本高')
  await typeNewCard(a, addCause, '没有网店')
  await typeNewCard(a, a.getByRole('button', { name: '在“冷链运输成本高”下面添加原因' }), '村道狭窄')
  await typeNewCard(a, a.getByRole('button', { name: '添加直接影响' }), '养殖收入低')
  await expect(status(a, STEPS.problemTree)).toHaveText('已完成 75%')
  await a.getByRole('button', { name: '把“没有网店”转为目标' }).click()
  const objective = a.getByRole('textbox', { name: '第 1 个目标' })
  await expect(objective).toBeFocused()
  await objective.fill(OBJECTIVE)
  await expect(problemCard(a, '没有网店')).toContainText('已转为目标')
  await expect(status(a, STEPS.problemTree)).toHaveText('已完成')
  await record(a, STEPS.problemTree)
  const tree = await sortedProblemBoard(a)

  // 3. SWOT: the partner adds an opportunity while the official writes strengths; one card is dragged to
  // its quadrant by mouse, another by keyboard.
  await openStep(a, STEPS.swot.name)
  await openStep(b, STEPS.swot.name)
  await Promise.all([
    (async () => {
      await addSwotCard(a, 'strengths', '略阳乌鸡是地理标志产品')
      await addSwotCard(a, 'strengths', '交通不便')
    })(),
    addSwotCard(b, 'opportunities', '电商平台愿意合作'),
  ])
  await expect.poll(async () => (await swotBoard(a)).opportunities).toEqual(['电商平台愿意合作'])
  await addSwotCard(a, 'opportunities', '东西部协作帮扶')
  await addSwotCard(a, 'opportunities', '市场价格波动')
  await addSwotCard(a, 'threats', '禽流感风险')
  await dragSwotCardByMouse(a, swotHandle(a, '市场价格波动'), swotHandle(a, '禽流感风险'))
  await expect.poll(async () => (await swotBoard(a)).threats).toEqual(['市场价格波动', '禽流感风险'])
  await swotHandle(a, '交通不便').focus()
  await a.keyboard.press('Space')
  await expect(swotHandle(a, '交通不便')).toHaveAttribute('aria-pressed', 'true')
  const announcements = a.locator('[id^="DndLiveRegion"]')
  await a.keyboard.press('ArrowRight')
  await expect(announcements).toHaveText(/将放到“劣势”/)
  await a.keyboard.press('Space')
  await expect(announcements).toHaveText('卡片“交通不便”已移到“劣势”第 1 位。')
  const swot = {
    strengths: ['略阳乌鸡是地理标志产品'],
    weaknesses: ['交通不便'],
    opportunities: ['电商平台愿意合作', '东西部协作帮扶'],
    threats: ['市场价格波动', '禽流感风险'],
  }
  await expect.poll(() => swotBoard(a)).toEqual(swot)
  await expect.poll(() => swotBoard(b)).toEqual(swot)
  await expect(status(a, STEPS.swot)).toHaveText('已完成')
  await record(a, STEPS.swot)

  // 4. Dot vote: one dot on the cause the official thinks matters most.
  await openStep(a, STEPS.dotVote.name)
  await addDot(a, '冷链运输成本高').click()
  await expect(dotBalance(a)).toHaveText('还剩 2 个圆点（共 3 个）')
  await expect(dotItem(a, '冷链运输成本高')).toHaveAttribute('data-mine', '1')
  // Ballots are secret until the facilitator reveals them: only then can the plan say the vote is done.
  await expect(status(a, STEPS.dotVote)).not.toHaveText('已完成')
  const workshopId = /\/plan\/([^/]+)\//.exec(a.url())![1]!
  await hubApi.revealDotVotes(request, workshopId)
  await expect(status(a, STEPS.dotVote)).toHaveText('已完成')
  await record(a, STEPS.dotVote)

  // 5. Resource matching: the platform's online shop dragged onto the dark-boned chickens, filled in, and
  // turned into an action.
  await openStep(a, STEPS.matching.name)
  await addNeed(a, CHICKENS)
  await dragResourceByMouse(a, resourceHandle(a, ONLINE_SHOP), needCard(a, CHICKENS))
  await expect(matchRow(a, ONLINE_SHOP)).toContainText('提供方：合作平台企业')
  await a.getByLabel(`“${ONLINE_SHOP}”的承诺`).fill(COMMITMENT)
  await a.getByLabel(`“${ONLINE_SHOP}”的县里负责人`).fill(MATCH_OWNER)
  await chooseOption(a, a.getByLabel(`“${ONLINE_SHOP}”的对接状态`), '已达成')
  await a.getByRole('button', { name: `把“${ONLINE_SHOP}”的对接转为行动` }).click()
  const inPlan = a.getByRole('link', { name: `已在行动计划中：“${ONLINE_SHOP}”（打开行动计划）` })
  await expect(inPlan).toBeFocused()
  await expect(status(a, STEPS.matching)).toHaveText('已完成')
  await record(a, STEPS.matching)

  // 6. Target setting: 60% of the 32,000 still poor is 19,200; 144,000 chickens at 75 yuan shared by
  // 6,000 households clears the gap; the figure becomes an indicator of the objective.
  await openStep(a, STEPS.targets.name)
  await openStep(b, STEPS.targets.name)
  await a.getByRole('button', { name: '设为 2018–2020 年' }).click()
  await enterValue(a.getByLabel('带动比例（%）'), SHARE)
  await expect(peopleLifted(a)).toHaveText(/可带动脱贫\s*19,200\s*人/)
  await expect(peopleLifted(b)).toHaveText(/19,200/)
  await enterValue(a.getByLabel('目标年份', { exact: true }), '2020')
  await enterValue(a.getByLabel('年销量（只、件）'), '144,000')
  await enterValue(a.getByLabel('每单位利润（元）'), PROFIT_PER_CHICKEN)
  await enterValue(a.getByLabel('参与户数（户）'), '6,000')
  await enterValue(a.getByLabel('现人均收入（元/年）'), '2,500')
  await expect(a.locator('.benefit-verdict')).toHaveText(
    '每户增收 1,800 元，不少于每户差距 1,584 元：能够越过贫困线。',
  )
  await a.getByRole('button', { name: '加入指标表' }).click()
  await expect(indicatorCell(a, '指标名称', 1)).toHaveValue('脱贫人口')
  await expect(indicatorCell(a, '基线值', 1)).toHaveValue(REMAINING_POOR)
  await expect(indicatorCell(a, '基线年份', 1)).toHaveValue('2018')
  await expect(indicatorCell(a, '2020 年目标', 1)).toHaveValue('19200')
  await enterValue(indicatorCell(a, '2018 年目标', 1), '6000')
  await enterValue(indicatorCell(a, '2019 年目标', 1), '13000')
  await indicatorCell(a, '责任单位', 1).fill('县扶贫办')
  await indicatorCell(a, '核查来源', 1).fill('建档立卡信息系统')
  await chooseOption(a, indicatorCell(a, '对应目标', 1), OBJECTIVE)
  await expect(status(a, STEPS.targets)).toHaveText('已完成')
  await record(a, STEPS.targets)
  const indicatorColumns = ['2018 年目标', '2019 年目标', '2020 年目标', '责任单位', '核查来源']
  const indicators = [['脱贫人口', '6000', '13000', '19200', '县扶贫办', '建档立卡信息系统']]
  await expect.poll(() => indicatorRows(b, indicatorColumns)).toEqual(indicators)

  // 7. The action plan: the match's action, with its tags, beneficiaries, owner, dates, indicator and budget.
  await openStep(a, STEPS.actions.name)
  const action = actionCard(a, ACTION)
  const header = action.locator('.action-card-toggle')
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click()
  await expect(action.getByLabel('牵头负责单位')).toHaveValue(MATCH_OWNER)
  await expect(action.getByRole('textbox', { name: '措施说明' })).toContainText(COMMITMENT)
  await chooseOption(a, action.getByLabel('“五个一批”类别'), '发展生产')
  await chooseOption(a, action.getByLabel('带贫机制'), '订单收购')
  await enterValue(action.getByLabel('受益户数（户）'), '6,000')
  await enterValue(action.getByLabel('受益人数（人）'), '19,200')
  await enterValue(action.getByLabel('建档立卡占比（%）'), '100')
  await enterValue(action.getByLabel('覆盖村数（个）'), POOR_VILLAGES)
  await enterValue(action.getByLabel('开始日期'), '2018-06-01')
  await enterValue(action.getByLabel('结束日期'), '2020-12-31')
  // Several indicators may be linked, so the list stays open until the official closes it.
  await action.getByLabel('关联指标').click()
  await a.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('脱贫人口').click()
  await a.keyboard.press('Escape')
  await expect(action.locator('.ant-select-selection-item', { hasText: '脱贫人口' })).toBeVisible()
  await addBudgetLine(a, action, 1, {
    item: '冷链物流车',
    year: '2018',
    source: '财政专项扶贫资金',
    amount: '500,000',
  })
  await addBudgetLine(a, action, 2, {
    item: '网店运营与推广',
    year: '2019',
    source: '企业投入',
    amount: '750,000',
  })
  await expect(action.getByTestId('action-budget-total')).toHaveText('本措施预算合计：1,250,000 元')
  await expect(header).toContainText('发展生产')
  await expect(header).toContainText(MATCH_OWNER)
  await expect(header).toContainText('2018年6月1日 至 2020年12月31日')
  await expect(header).toContainText('预算 1,250,000 元')
  await expect(status(a, STEPS.actions)).toHaveText('已完成')
  await record(a, STEPS.actions)

  // 8. The budget adds it up by year and source, with nothing left to complete.
  await openStep(a, STEPS.budget.name)
  const budget = [
    ['年度', '财政专项扶贫资金', '企业投入', '合计'],
    ['2018 年', '500,000', '—', '500,000'],
    ['2019 年', '—', '750,000', '750,000'],
    ['合计', '500,000', '750,000', '1,250,000'],
  ]
  await expect.poll(() => budgetMatrixRows(a)).toEqual(budget)
  await expect(a.getByText('所有预算条目都已写明年份和资金来源。')).toBeVisible()
  await expect(status(a, STEPS.budget)).toHaveText('已完成')
  await record(a, STEPS.budget)

  // 9. The logframe: the official writes the goal and assumptions while the partner writes the risks.
  await openStep(a, STEPS.logframe.name)
  await openStep(b, STEPS.logframe.name)
  const goal = '到 2020 年，略阳县现有贫困人口的 60%（19,200 人）通过乌鸡电商稳定增收脱贫。'
  const risks = '禽类疫病：统一防疫，参加养殖保险。'
  await Promise.all([
    (async () => {
      await proseField(a, '总目标').click()
      await a.keyboard.type(goal)
      await proseField(a, '假设条件').click()
      await a.keyboard.type('合作平台持续提供流量支持，冷链物流覆盖各镇。')
    })(),
    (async () => {
      await proseField(b, '风险与应对').click()
      await b.keyboard.type(risks)
    })(),
  ])
  await expect(proseField(a, '风险与应对')).toContainText(risks)
  const logframe = a.getByRole('table', { name: '逻辑框架：总目标、具体目标、措施及其衡量指标' })
  await expect(logframe.locator('tr[data-level="goal"]')).toContainText('19,200 人')
  await expect(logframe).toContainText(OBJECTIVE)
  await expect(status(a, STEPS.logframe)).toHaveText('已完成')
  await record(a, STEPS.logframe)

  // 10. Sign-off: the cover and the review schedule; the period is the one set with the targets. Only the
  // facilitator can mark the plan final.
  await openStep(a, STEPS.signOff.name)
  await a.getByLabel('规划标题').fill(TITLE)
  await expect(a.getByLabel('起始年份')).toHaveValue('2018')
  await expect(a.getByLabel('结束年份')).toHaveValue('2020')
  await proseField(a, '监测与评估安排').click()
  await a.keyboard.type('县扶贫办每季度汇总指标，每年年底对照建档立卡信息系统评估一次。')
  await expect(status(a, STEPS.signOff)).toHaveText('已完成 75%')
  await expect(a.getByRole('button', { name: '标记为定稿' })).toHaveCount(0)
  const { page: facilitator } = await newDevice(browser, hub.url)
  await openJoinTab(facilitator)
  await groupCard(facilitator, LUEYANG).getByRole('button', { name: '以主持人身份打开方案' }).click()
  await openStep(facilitator, STEPS.signOff.name)
  await expect(facilitator.getByLabel('规划标题')).toHaveValue(TITLE)
  await facilitator.getByRole('button', { name: '标记为定稿' }).click()
  await facilitator.getByRole('button', { name: '确定' }).click()
  await expect(a.getByTestId('plan-status')).toHaveText('定稿')
  await expect(status(a, STEPS.signOff)).toHaveText('已完成')
  await record(a, STEPS.signOff)

  // After a reload everything comes back from the hub, and every step reads complete.
  await a.reload()
  await expect(a.getByTestId('plan-status')).toHaveText('定稿')
  for (const step of Object.values(STEPS)) await expect(status(a, step)).toHaveText('已完成')

  await openStep(a, STEPS.dataCard.name)
  await expect(a.getByLabel('总人口（人）', { exact: true })).toHaveValue('201900')
  await expect(a.getByLabel('建档立卡数据年份', { exact: true })).toHaveValue(REGISTERED_YEAR)
  await expect(summaryEditor(a)).toContainText(SUMMARY)

  await openStep(a, STEPS.problemTree.name)
  await expect(coreProblem(a)).toHaveValue(CORE)
  await expect.poll(() => sortedProblemBoard(a)).toEqual(tree)
  await expect.poll(() => problemObjectives(a)).toEqual([OBJECTIVE])

  await openStep(a, STEPS.swot.name)
  await expect.poll(() => swotBoard(a)).toEqual(swot)

  await openStep(a, STEPS.dotVote.name)
  await expect(dotItem(a, '冷链运输成本高')).toHaveAttribute('data-mine', '1')

  await openStep(a, STEPS.matching.name)
  await expect.poll(() => needsBoard(a)).toEqual([{ text: CHICKENS, resources: [ONLINE_SHOP] }])
  await expect(a.getByLabel(`“${ONLINE_SHOP}”的承诺`)).toHaveValue(COMMITMENT)
  await expect(matchRow(a, ONLINE_SHOP).locator('.match-status')).toHaveText('已达成')
  await expect(inPlan).toBeVisible()

  await openStep(a, STEPS.targets.name)
  await expect(peopleLifted(a)).toHaveText(/可带动脱贫\s*19,200\s*人/)
  await expect.poll(() => indicatorRows(a, indicatorColumns)).toEqual(indicators)

  await openStep(a, STEPS.actions.name)
  await expect(header).toContainText(MATCH_OWNER)
  await expect(header).toContainText('2018年6月1日 至 2020年12月31日')
  await expect(header).toContainText('预算 1,250,000 元')

  await openStep(a, STEPS.budget.name)
  await expect.poll(() => budgetMatrixRows(a)).toEqual(budget)

  await openStep(a, STEPS.logframe.name)
  await expect(proseField(a, '总目标')).toContainText(goal)
  await expect(proseField(a, '风险与应对')).toContainText(risks)

  await openStep(a, STEPS.signOff.name)
  await expect(a.getByLabel('规划标题')).toHaveValue(TITLE)

  // In English: the same plan, its step titles and the 19,200 in English.
  await a.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  const englishNav = a.getByRole('navigation', { name: 'Exercises of this plan' })
  await expect(englishNav.locator('.step-nav-title')).toHaveText(Object.values(STEPS).map((step) => step.en))
  await expect(englishNav.getByTestId('step-completeness')).toHaveText(
    Object.values(STEPS).map(() => 'Complete'),
  )
  await englishNav.getByRole('link', { name: /Target setting/ }).click()
  await expect(a.locator('#step-heading')).toHaveText('Target setting')
  await expect(peopleLifted(a)).toHaveText(/People lifted\s*19,200\s*people/)
})
