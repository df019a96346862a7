import type { Locator, Page } from '@playwright/test'
import { groupCard, joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { seriousViolations } from './support/axe'
import { addDot, dotBalance, dotItem, removeDot } from './support/dot-vote-steps'
import { openStep } from './support/plan-navigator'
import { addDirectCause } from './support/problem-tree-steps'
import { addSwotCard } from './support/swot-steps'
import { expect, test } from './support/test'

test.use({ demo: true })

const resultsHeading = (page: Page): Locator => page.getByRole('heading', { name: '投票结果' })

/** The step on a laptop and on a phone, scrolled to the vote, for a person to look at. */
async function shoot(page: Page, moment: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size)
    await page.evaluate(() =>
      window.scrollTo(
        0,
        document.querySelector('.dv-board')!.getBoundingClientRect().top + window.scrollY - 120,
      ),
    )
    await page.screenshot({
      path: `test-results/screenshots/dot-vote-${moment}-${size.width}x${size.height}.png`,
    })
  }
  await page.setViewportSize({ width: 1280, height: 720 })
}

/** The revealed results as read on the screen: rank, card, total dots. */
const results = (page: Page): Promise<string[][]> =>
  page
    .locator('.dv-result')
    .evaluateAll((rows) =>
      rows.map((row) =>
        ['.dv-result-rank', '.dv-result-text', '.dv-result-count strong'].map(
          (selector) => row.querySelector(selector)?.textContent ?? '',
        ),
      ),
    )

test('two devices place their dots within the limit; results stay hidden until the facilitator reveals them, then both see the ranking', async ({
  browser,
  hub,
}) => {
  const { page: facilitator } = await newDevice(browser, hub.url)
  await openLanOnLoopback(facilitator)
  const { url } = await readJoin(facilitator, LUEYANG)
  const a = await newDevice(browser, hub.url)
  const b = await newDevice(browser, hub.url)
  await joinByLink(a.page, url, '王伟')
  await joinByLink(b.page, url, '李娜')

  // Cards to vote on, from the problem tree and the SWOT board.
  await openStep(a.page, /问题树/)
  await addDirectCause(a.page, '冷链运输成本高')
  await addDirectCause(a.page, '只能在集市零卖')
  await openStep(a.page, /SWOT 分析/)
  await addSwotCard(a.page, 'weaknesses', '交通不便')
  await addSwotCard(a.page, 'threats', '禽流感风险')

  await openStep(a.page, /圆点投票/)
  await expect(a.page).toHaveURL(/\?step=dot-vote$/)
  await openStep(b.page, /圆点投票/)
  const groups = a.page.locator('.dv-group h3')
  await expect(groups).toHaveText(['问题树：原因', 'SWOT：劣势', 'SWOT：威胁'])
  await expect(dotBalance(a.page)).toHaveText('还剩 3 个圆点（共 3 个）')
  await expect(a.page.getByText('投票是匿名的：主持人公布结果之前，你只能看到自己投出的圆点。')).toBeVisible()

  // Device A spends its three dots; the fourth is refused until one is taken back.
  await addDot(a.page, '冷链运输成本高').click()
  await expect(dotBalance(a.page)).toHaveText('还剩 2 个圆点（共 3 个）')
  await addDot(a.page, '冷链运输成本高').click()
  await addDot(a.page, '交通不便').click()
  await expect(dotBalance(a.page)).toHaveText('还剩 0 个圆点（共 3 个）')
  await expect(a.page.getByText('圆点已用完。想改投，先从某张卡片上收回一个。')).toBeVisible()
  for (const text of ['冷链运输成本高', '只能在集市零卖', '交通不便', '禽流感风险']) {
    await expect(addDot(a.page, text)).toBeDisabled()
  }
  await expect(dotItem(a.page, '冷链运输成本高')).toHaveAttribute('data-mine', '2')
  await removeDot(a.page, '交通不便').click()
  await expect(dotBalance(a.page)).toHaveText('还剩 1 个圆点（共 3 个）')
  await expect(removeDot(a.page, '交通不便')).toBeDisabled()
  await addDot(a.page, '禽流感风险').click()
  await expect(dotBalance(a.page)).toHaveText('还剩 0 个圆点（共 3 个）')

  // Device B sees none of A's dots, only its own.
  await expect(dotItem(b.page, '冷链运输成本高')).toHaveAttribute('data-mine', '0')
  await expect(dotItem(b.page, '冷链运输成本高')).toContainText('你还没投')
  await addDot(b.page, '冷链运输成本高').click()
  await addDot(b.page, '交通不便').click()
  await addDot(b.page, '交通不便').click()
  await expect(dotBalance(b.page)).toHaveText('还剩 0 个圆点（共 3 个）')
  await expect(dotItem(b.page, '冷链运输成本高')).toHaveAttribute('data-mine', '1')
  await expect(dotItem(a.page, '交通不便')).toHaveAttribute('data-mine', '0')
  await expect(resultsHeading(a.page)).toHaveCount(0)
  await expect(resultsHeading(b.page)).toHaveCount(0)
  await shoot(a.page, 'before-reveal')

  // The facilitator opens the county's plan: how many dots are in, but not where; no voting of their own.
  await groupCard(facilitator, LUEYANG).getByRole('button', { name: '以主持人身份打开方案' }).click()
  await openStep(facilitator, /圆点投票/)
  await expect(facilitator.getByText('本县已投出 6 个圆点，来自 2 位成员。')).toBeVisible()
  await expect(facilitator.getByText('结果尚未公布：各组只能看到自己的圆点。')).toBeVisible()
  await expect(facilitator.getByRole('button', { name: /上投一点$/ })).toHaveCount(0)
  await expect(resultsHeading(facilitator)).toHaveCount(0)
  expect(await seriousViolations(facilitator), 'dot vote, facilitator').toEqual([])

  await facilitator.getByRole('button', { name: '公布结果' }).click()
  const ranking = [
    ['第 1 名', '冷链运输成本高', '3 个圆点'],
    ['第 2 名', '交通不便', '2 个圆点'],
    ['第 3 名', '禽流感风险', '1 个圆点'],
  ]
  for (const page of [a.page, b.page, facilitator]) {
    await expect(resultsHeading(page)).toBeVisible()
    await expect.poll(() => results(page)).toEqual(ranking)
  }
  // Each bar is as long as its share of the most dots.
  const bars = await a.page
    .locator('.dv-result-bar')
    .evaluateAll((spans) => spans.map((span) => Math.round(span.getBoundingClientRect().width)))
  expect(bars[1]! / bars[0]!).toBeCloseTo(2 / 3, 1)
  expect(bars[2]! / bars[0]!).toBeCloseTo(1 / 3, 1)

  // More dots for everyone: the devices' balances follow the facilitator's setting.
  await facilitator.getByLabel('每人圆点数').fill('5')
  await expect(dotBalance(a.page)).toHaveText('还剩 2 个圆点（共 5 个）')
  await expect(dotBalance(b.page)).toHaveText('还剩 2 个圆点（共 5 个）')
  await expect(addDot(a.page, '只能在集市零卖')).toBeEnabled()

  await shoot(a.page, 'after-reveal')
  expect(await seriousViolations(a.page), 'dot vote, group device').toEqual([])

  // Hidden again, the results go from every device; a reload keeps this device's own dots.
  await facilitator.getByRole('button', { name: '隐藏结果' }).click()
  await expect(resultsHeading(a.page)).toHaveCount(0)
  await expect(resultsHeading(b.page)).toHaveCount(0)
  await a.page.reload()
  await expect(dotBalance(a.page)).toHaveText('还剩 2 个圆点（共 5 个）')
  await expect(dotItem(a.page, '冷链运输成本高')).toHaveAttribute('data-mine', '2')
  await expect(dotItem(a.page, '禽流感风险')).toHaveAttribute('data-mine', '1')
  await expect(resultsHeading(a.page)).toHaveCount(0)
})
