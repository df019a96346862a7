import type { Page } from '@playwright/test'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { openStep, stepLink } from './support/plan-navigator'
import { addSwotCard } from './support/swot-steps'
import { expect, test } from './support/test'

test.use({ demo: true })
// Three or four devices and the console in one flow: longer than the default on a shared machine.
test.describe.configure({ timeout: 240_000 })

const HEFENG = '鹤峰县'
const SHOTS = 'test-results/screenshots'

const commentsDrawer = (page: Page) => page.getByRole('dialog', { name: '对本方案的评论' })

async function goToAgendaItem(console_: Page, workshopId: string, title: RegExp): Promise<void> {
  await console_.goto(`/console/${workshopId}`)
  await console_.getByRole('navigation', { name: '议程' }).getByRole('button', { name: title }).click()
}

test('Lueyang and Hefeng are paired on the console, comment on each other’s plans, resolve what they received, and lose access when the round ends', async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const lueyangJoin = await readJoin(console_, LUEYANG)
  const hefengJoin = await readJoin(console_, HEFENG)
  const workshopId = /\/workshops\/([^/]+)\//.exec(console_.url())![1]!

  const { page: lueyang } = await newDevice(browser, hub.url)
  await joinByLink(lueyang, lueyangJoin.url, '王伟')
  await openStep(lueyang, /SWOT 分析/)
  await addSwotCard(lueyang, 'weaknesses', '冷链物流薄弱')
  const { page: hefeng } = await newDevice(browser, hub.url)
  await joinByLink(hefeng, hefengJoin.url, '李娜')

  // Before the round Hefeng has no way into Lueyang's plan.
  const lueyangPlanUrl = lueyang.url().replace(/\?.*$/, '')
  await hefeng.goto(lueyangPlanUrl)
  await expect(hefeng.getByRole('heading', { name: '此方案现在不对你开放' })).toBeVisible()
  await hefeng.getByRole('button', { name: '回到本县方案' }).click()

  // The facilitator moves to the peer review: neighbours are paired, Lueyang with Hefeng.
  await goToAgendaItem(console_, workshopId, /同伴互评/)
  const panel = console_.getByRole('region', { name: '互评与观摩' })
  const pairs = panel.locator('.console-review-pairs tbody tr')
  await expect(pairs.nth(0)).toHaveText(`${LUEYANG}${HEFENG}`)
  await expect(pairs.nth(1)).toHaveText(`${HEFENG}${LUEYANG}`)
  expect(await seriousViolations(console_)).toEqual([])
  await panel.getByRole('button', { name: '开始本轮' }).click()
  await expect(panel).toContainText('本轮进行中')

  // Hefeng opens its partner's plan, reads it without editing it, and comments on the card.
  await hefeng.getByRole('link', { name: '打开略阳县的方案' }).click()
  await expect(hefeng.getByText('你正在阅读略阳县的方案（只读）', { exact: false })).toBeVisible()
  await openStep(hefeng, /SWOT 分析/)
  await expect(hefeng.locator('.swot-card textarea').first()).toHaveValue('冷链物流薄弱')
  await expect(hefeng.getByLabel('在“劣势”中新建卡片')).toBeDisabled()
  await hefeng.getByRole('button', { name: '评论' }).click()
  const sent = commentsDrawer(hefeng)
  await chooseOption(hefeng, sent.getByLabel('针对'), '卡片 · 冷链物流薄弱')
  await sent.getByLabel('评论内容').fill('能否补充冷链建设的资金来源？')
  await sent.getByRole('button', { name: '发表评论' }).click()
  await expect(sent.locator('.comment-thread')).toContainText('能否补充冷链建设的资金来源？')
  await expect(sent.locator('.comment-thread')).toContainText('李娜（鹤峰县）')
  expect(await seriousViolations(hefeng)).toEqual([])
  await hefeng.screenshot({ path: `${SHOTS}/peer-review-comments-1280x720.png` })

  // Lueyang hears of it, sees the count, and finds it on the card.
  await expect(lueyang.getByTestId('comment-announcer')).toContainText('李娜（鹤峰县） 发表了新评论')
  await expect(stepLink(lueyang, /SWOT 分析/)).toContainText('1 条评论未解决')
  await lueyang.getByRole('button', { name: '评论（1 条未解决）' }).click()
  const received = commentsDrawer(lueyang)
  const thread = received.locator('.comment-thread')
  await expect(thread).toContainText('卡片 · 冷链物流薄弱')
  await thread.getByRole('button', { name: '回复' }).click()
  await thread.getByLabel('回复 李娜').fill('谢谢，已补充到预算中。')
  await thread.getByRole('button', { name: '发送回复' }).click()
  await thread.getByRole('button', { name: '标记为已解决' }).click()
  await expect(received.getByText('这里还没有评论。')).toBeVisible()
  await received.getByRole('switch').click()
  await expect(thread).toContainText('已由 王伟 标记为已解决')
  expect(await seriousViolations(lueyang)).toEqual([])

  // Hefeng sees the reply and that it was resolved, and has no button to reopen it.
  await sent.getByRole('switch').click()
  await expect(sent.locator('.comment-thread')).toContainText('谢谢，已补充到预算中。')
  await expect(sent.getByRole('button', { name: '重新打开' })).toHaveCount(0)

  // The console counts it.
  const counts = panel.getByRole('table', { name: '各县收到的评论' })
  await expect(counts.getByRole('row', { name: /略阳县/ })).toContainText(/略阳县.*1\s*0\s*1/)
  await console_.screenshot({ path: `${SHOTS}/peer-review-console-1280x720.png`, fullPage: true })

  // Ending the round closes Lueyang's plan on Hefeng's device.
  await panel.getByRole('button', { name: '结束本轮' }).click()
  await expect(hefeng.getByRole('heading', { name: '此方案现在不对你开放' })).toBeVisible()
  await expect(hefeng.locator('.swot-card')).toHaveCount(0)

  await hefeng.setViewportSize({ width: 390, height: 844 })
  await hefeng.goBack()
  await lueyang.setViewportSize({ width: 390, height: 844 })
  await lueyang.screenshot({ path: `${SHOTS}/peer-review-received-390x844.png` })
})

test('a gallery walk opens every other county’s plan to each of three groups, and a comment on a deleted card stays, marked', async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const counties = [LUEYANG, HEFENG, '奉节县']
  const joins = await Promise.all(counties.map((county) => readJoin(console_, county)))
  const workshopId = /\/workshops\/([^/]+)\//.exec(console_.url())![1]!
  const devices: Page[] = []
  for (const [index, join] of joins.entries()) {
    const { page } = await newDevice(browser, hub.url)
    await joinByLink(page, join.url, `组员${index + 1}`)
    devices.push(page)
  }
  const [lueyang, hefeng, fengjie] = devices as [Page, Page, Page]
  await openStep(lueyang, /SWOT 分析/)
  await addSwotCard(lueyang, 'strengths', '乌鸡品牌知名')

  await goToAgendaItem(console_, workshopId, /画廊漫步/)
  const panel = console_.getByRole('region', { name: '互评与观摩' })
  await expect(panel.getByRole('radio', { name: /观摩/ })).toBeChecked()
  await panel.getByRole('button', { name: '开始本轮' }).click()

  // Every group finds the two other counties in its gallery.
  for (const [index, device] of devices.entries()) {
    const others = counties.filter((_, other) => other !== index)
    for (const county of others)
      await expect(device.getByRole('link', { name: `打开${county}的方案` })).toBeVisible()
  }

  await fengjie.getByRole('link', { name: '打开略阳县的方案' }).click()
  await openStep(fengjie, /SWOT 分析/)
  await fengjie.getByRole('button', { name: '评论' }).click()
  const drawer = commentsDrawer(fengjie)
  await chooseOption(fengjie, drawer.getByLabel('针对'), '卡片 · 乌鸡品牌知名')
  await drawer.getByLabel('评论内容').fill('品牌知名度有数据支撑吗？')
  await drawer.getByRole('button', { name: '发表评论' }).click()

  await hefeng.getByRole('link', { name: '打开略阳县的方案' }).click()
  await openStep(hefeng, /SWOT 分析/)
  await hefeng.getByRole('button', { name: '评论（1 条未解决）' }).click()
  await expect(commentsDrawer(hefeng).locator('.comment-thread')).toContainText('组员3（奉节县）')

  // Lueyang deletes the card; the comment stays, saying its card is gone.
  await lueyang.getByRole('button', { name: '删除卡片：乌鸡品牌知名' }).click()
  await lueyang.getByRole('button', { name: '删除', exact: true }).click()
  await expect(lueyang.getByRole('button', { name: '删除卡片：乌鸡品牌知名' })).toHaveCount(0)
  await lueyang.getByRole('button', { name: '评论（1 条未解决）' }).click()
  await expect(commentsDrawer(lueyang).locator('.comment-thread')).toContainText('该卡片已被删除')
  await expect(commentsDrawer(lueyang).locator('.comment-thread')).toContainText('品牌知名度有数据支撑吗？')
})
