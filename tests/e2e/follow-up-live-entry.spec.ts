import type { Page } from '@playwright/test'
import { chooseOption } from './support/antd-select'
import { seriousViolations } from './support/axe'
import { hubApi } from './support/hub-api'
import { openReviewRoundByRest } from './support/open-review-round'
import { lueyangPairByRest } from './support/lan-by-rest'
import { LUEYANG } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = process.env.FOLLOW_UP_SHOTS ?? 'test-results/screenshots'
const ROUND = '2019 年第三季度'
/** Polled every few seconds: what another device saved shows up within a couple of polls. */
const SEEN = { timeout: 15_000 }

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

test('two Lueyang devices enter the open review round in their workspace, each sees the other’s rows, and the facilitator sees Lueyang reported', async ({
  browser,
  request,
  baseURL,
  page,
  hub,
}) => {
  test.setTimeout(120_000)
  const { workshopId, round } = await openReviewRoundByRest(request, hub.url)
  const { a, b } = await lueyangPairByRest(browser, request, baseURL!, { width: 390, height: 844 })

  for (const [device, width] of [
    [a.page, 1280],
    [b.page, 390],
  ] as const) {
    await expect(device.getByText(`复盘已开放：${ROUND}`)).toBeVisible()
    await shoot(device, `county-review-entry-${width}-zh`)
    await device.getByRole('link', { name: '填写复盘' }).click()
    await expect(device.getByRole('heading', { name: `复盘：${ROUND}` })).toBeVisible()
  }
  const stepOf = (device: Page) => device.getByRole('region', { name: `复盘：${ROUND}` })
  const laptop = stepOf(a.page)
  const phone = stepOf(b.page)
  // The demo's 2018 year-end round is the one before; it reported on indicators this plan no longer has.
  await expect(laptop.getByText('2019 年目标：9,600 人')).toBeVisible()
  await expect(laptop.getByText('上一轮（2018 年年终复盘（示例数据））未填写')).toBeVisible()

  // 王伟 enters an indicator on the laptop while 李娜 sets an action's status on her phone.
  const people = laptop.getByLabel('通过电商合作脱贫人口的实际值')
  await people.fill('8100')
  await people.press('Enter')
  await chooseOption(b.page, phone.getByLabel(/的进展$/).first(), '滞后')
  await expect(laptop.getByText(/^已保存/)).toBeVisible()
  await expect(phone.getByText(/^已保存/)).toBeVisible()

  await expect(phone.getByLabel('通过电商合作脱贫人口的实际值')).toHaveValue('8100', SEEN)
  await expect(laptop.locator('.follow-up-row').nth(1)).toContainText('滞后', SEEN)
  // Both type into the same note: 王伟 saves first; 李娜's save is refused in words, and her box shows his.
  const phoneNote = phone.getByLabel(/的备注$/).nth(1)
  await phoneNote.fill('冷链车 10 月到货')
  const laptopNote = laptop.getByLabel(/的备注$/).nth(1)
  await laptopNote.fill('冷链车推迟到货')
  await laptopNote.press('Enter')
  const countyId = new URL(a.page.url()).pathname.split('/')[3]!
  const storedNote = async () =>
    (await hubApi.getFollowUpReport(request, workshopId, round.id, countyId)).actions[0]?.note
  await expect.poll(storedNote).toBe('冷链车推迟到货')
  await phoneNote.press('Enter')
  await expect(
    b.page
      .getByRole('alert')
      .filter({ hasText: '这一栏在您编辑期间已由 王伟 在另一台设备上保存了新内容，您的修改没有保存。' }),
  ).toBeVisible()
  await expect(phoneNote).toHaveValue('冷链车推迟到货')
  await shoot(b.page, 'county-review-conflict-390-zh')

  const stored = await hubApi.getFollowUpReport(request, workshopId, round.id, countyId)
  expect(stored.indicators.map((entry) => entry.actual)).toEqual([8_100])
  expect(stored.actions.map((entry) => entry.status)).toEqual(['late'])
  expect(stored.actions.map((entry) => entry.note)).toEqual(['冷链车推迟到货'])
  expect(new Set(Object.values(stored.fieldSaves).map((save) => save.name))).toEqual(
    new Set(['李娜', '王伟']),
  )

  expect(await seriousViolations(a.page), 'review step on a laptop').toEqual([])
  expect(await seriousViolations(b.page), 'review step on a phone').toEqual([])
  await shoot(a.page, 'county-review-1280-zh')
  await shoot(b.page, 'county-review-390-zh')
  for (const device of [a.page, b.page]) {
    await device.evaluate(() => localStorage.setItem('plan-workshop.language', 'en'))
    await device.reload()
    await expect(device.getByRole('heading', { name: `Review: ${ROUND}` })).toBeVisible()
  }
  await shoot(a.page, 'county-review-1280-en')
  await shoot(b.page, 'county-review-390-en')

  // The facilitator's overview of the round counts Lueyang as reported, one action late.
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, '2018 贫困县扶贫培训班（演示）', '跟踪复盘')
  await page.getByRole('button', { name: `查看${ROUND}的各县情况` }).click()
  const overview = page.getByRole('region', { name: `${ROUND}：各县情况` })
  await expect(overview.getByRole('switch', { name: '各县在工作区中填写' })).toBeChecked()
  const row = overview.getByRole('row', { name: new RegExp(LUEYANG) })
  await expect(row.getByRole('cell').nth(1)).toContainText('已报告')
  await expect(row.getByRole('cell').nth(4)).toHaveText('1')
  await shoot(page, 'county-review-facilitator-overview-1280-zh')
  expect(await seriousViolations(page), 'round overview with its switch').toEqual([])
  await page.evaluate(() => localStorage.setItem('plan-workshop.language', 'en'))
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Counties enter it in their workspace' })).toBeChecked()
  await shoot(page, 'county-review-facilitator-overview-1280-en')
  await a.context.close()
  await b.context.close()
})
