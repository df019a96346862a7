import { seriousViolations } from './support/axe'
import { lueyangPairByRest } from './support/lan-by-rest'
import { groupCard, LUEYANG, openJoinTab } from './support/live-join'
import { openStep, proseField, stepLink } from './support/plan-navigator'
import { expect, test } from './support/test'
import { enterValue } from './support/enter-value'

test.use({ demo: true })

test('the group writes the goal, assumptions and risks, sees unmeasured objectives flagged, fills the cover and review schedule; only the facilitator marks the plan final', async ({
  browser,
  hub,
  page: facilitator,
  request,
}) => {
  const { a, b } = await lueyangPairByRest(browser, request, hub.url)

  await openStep(a.page, /逻辑框架/)
  await expect(a.page).toHaveURL(/\?step=logframe$/)
  // An empty plan: the table still shows where the goal, objectives and measures go.
  const table = a.page.getByRole('table', { name: '逻辑框架：总目标、具体目标、措施及其衡量指标' })
  await expect(table).toContainText('尚未填写总目标')
  await expect(table).toContainText('还没有目标')
  await proseField(a.page, '总目标').click()
  await a.page.keyboard.type('到2020年，略阳县现有贫困人口的60%通过乌鸡电商稳定增收脱贫。')
  await expect(table.locator('tr[data-level="goal"]')).toContainText('到2020年，略阳县现有贫困人口的60%')
  await proseField(a.page, '假设条件').click()
  await a.page.keyboard.type('合作平台持续提供流量支持。')
  await proseField(a.page, '风险与应对').click()
  await a.page.keyboard.type('禽类疫病：统一防疫，参加养殖保险。')

  await openStep(b.page, /逻辑框架/)
  await expect(proseField(b.page, '总目标')).toContainText('60%通过乌鸡电商')
  await expect(proseField(b.page, '风险与应对')).toContainText('参加养殖保险')
  await expect(stepLink(b.page, /逻辑框架/)).toContainText('已完成 75%')
  await b.page.screenshot({ path: 'test-results/screenshots/logframe-1280x720.png', fullPage: true })
  expect(await seriousViolations(b.page), 'logframe step').toEqual([])

  await openStep(a.page, /审定与导出/)
  const title = a.page.getByLabel('规划标题')
  await title.fill('略阳县电商精准扶贫合作方案')
  await enterValue(a.page.getByLabel('起始年份'), '2020')
  await enterValue(a.page.getByLabel('结束年份'), '2018')
  await expect(a.page.getByText('结束年份早于起始年份。')).toBeVisible()
  await enterValue(a.page.getByLabel('起始年份'), '2018')
  await enterValue(a.page.getByLabel('结束年份'), '2020')
  await expect(a.page.getByText('结束年份早于起始年份。')).toBeHidden()
  // A year that is not one is explained and not written; what is stored stays 2020.
  await enterValue(a.page.getByLabel('结束年份'), '20x0')
  await expect(a.page.getByText('目前保存的值：2020')).toBeVisible()
  await enterValue(a.page.getByLabel('结束年份'), '2020')
  await proseField(a.page, '监测与评估安排').click()
  await a.page.keyboard.type('县扶贫办每季度汇总指标，每年年底评估。')

  // The checklist sends the group to what is still missing; the group cannot mark the plan final.
  const readiness = a.page.getByRole('region', { name: '定稿前检查' })
  await expect(readiness.getByRole('link', { name: '前往“SWOT 分析”' })).toBeVisible()
  await expect(a.page.getByTestId('plan-status')).toHaveText('草稿')
  await expect(a.page.getByRole('button', { name: '标记为定稿' })).toHaveCount(0)
  await expect(a.page.getByRole('button', { name: '预览与导出 PDF' })).toHaveCount(0)
  await a.page.screenshot({ path: 'test-results/screenshots/sign-off-1280x720.png', fullPage: true })
  expect(await seriousViolations(a.page), 'sign-off step').toEqual([])

  // The facilitator opens the plan and marks it final; the group devices see it at once.
  await openJoinTab(facilitator)
  await groupCard(facilitator, LUEYANG).getByRole('button', { name: '以主持人身份打开方案' }).click()
  await openStep(facilitator, /审定与导出/)
  await expect(facilitator.getByLabel('规划标题')).toHaveValue('略阳县电商精准扶贫合作方案')
  await facilitator.getByRole('button', { name: '标记为定稿' }).click()
  await facilitator.getByRole('button', { name: '确定' }).click()
  await expect(a.page.getByTestId('plan-status')).toHaveText('定稿')
  // From the signed-off plan the facilitator goes on to preview and export it.
  await facilitator.getByRole('button', { name: '预览与导出 PDF' }).click()
  await expect(facilitator).toHaveURL(/\/workshops\/[^/]+\/export$/)
  await expect(a.page.getByText('主持人已将方案标记为定稿')).toBeVisible()

  await b.page.reload()
  await openStep(b.page, /审定与导出/)
  await expect(b.page.getByLabel('规划标题')).toHaveValue('略阳县电商精准扶贫合作方案')
  await expect(b.page.getByLabel('起始年份')).toHaveValue('2018')
  await expect(b.page.getByLabel('结束年份')).toHaveValue('2020')
  await expect(proseField(b.page, '监测与评估安排')).toContainText('每季度汇总指标')
  await expect(b.page.getByTestId('plan-status')).toHaveText('定稿')

  await a.context.close()
  await b.context.close()
})
