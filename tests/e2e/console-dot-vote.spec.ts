import type { Locator, Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { addDot, dotBalance } from './support/dot-vote-steps'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { openStep } from './support/plan-navigator'
import { addSwotCard } from './support/swot-steps'
import { expect, test } from './support/test'

test.use({ demo: true })

const resultsHeading = (page: Page): Locator => page.getByRole('heading', { name: '投票结果' })

test('the console runs the dot vote while it is the current item: reveal, hide, and start again after a confirmation', async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const { url } = await readJoin(console_, LUEYANG)
  const workshopId = /\/workshops\/([^/]+)\//.exec(console_.url())![1]!

  // A Lueyang official writes a card and places two dots on it.
  const { page: group } = await newDevice(browser, hub.url)
  await joinByLink(group, url, '王伟')
  await openStep(group, /SWOT 分析/)
  await addSwotCard(group, 'weaknesses', '冷链物流薄弱')
  await openStep(group, /圆点投票/)
  await addDot(group, '冷链物流薄弱').click()
  await addDot(group, '冷链物流薄弱').click()
  await expect(dotBalance(group)).toHaveText('还剩 1 个圆点（共 3 个）')

  // The facilitator moves the room to the dot vote: its controls are in the current-item panel.
  await console_.goto(`/console/${workshopId}`)
  await console_
    .getByRole('navigation', { name: '议程' })
    .getByRole('button', { name: /圆点投票/ })
    .click()
  const panel = console_.getByTestId('console-dot-vote')
  await expect(panel).toContainText('已有 1 个县投票，共 2 个圆点。')
  await expect(panel).toContainText('结果尚未公布')
  expect(await seriousViolations(console_)).toEqual([])
  await console_.screenshot({ path: 'test-results/screenshots/console-dot-vote-1280x720.png' })

  await panel.getByRole('button', { name: '公布结果' }).click()
  await expect(resultsHeading(group)).toBeVisible()
  await panel.getByRole('button', { name: '隐藏结果' }).click()
  await expect(resultsHeading(group)).toHaveCount(0)
  await panel.getByRole('button', { name: '公布结果' }).click()
  await expect(resultsHeading(group)).toBeVisible()

  // Starting again asks first; cancelling keeps every dot.
  await panel.getByRole('button', { name: '清空投票，重新开始' }).click()
  const confirm = console_.getByRole('dialog', { name: '清空所有县的圆点投票？' })
  await expect(confirm).toContainText('2 个圆点')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(dotBalance(group)).toHaveText('还剩 1 个圆点（共 3 个）')

  await panel.getByRole('button', { name: '清空投票，重新开始' }).click()
  await confirm.getByRole('button', { name: '清空投票' }).click()
  await expect(dotBalance(group)).toHaveText('还剩 3 个圆点（共 3 个）')
  await expect(resultsHeading(group)).toHaveCount(0)
  await expect(panel).toContainText('已有 0 个县投票，共 0 个圆点。')
  await expect(panel.getByRole('button', { name: '公布结果' })).toBeVisible()

  await console_.setViewportSize({ width: 390, height: 844 })
  await panel.scrollIntoViewIfNeeded()
  await console_.screenshot({ path: 'test-results/screenshots/console-dot-vote-390x844.png' })
})
