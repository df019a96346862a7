import type { Locator, Page } from '@playwright/test'
import type { ApiResponse } from '../../shared/api/api-types'
import { seriousViolations } from './support/axe'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { expect, test } from './support/test'
import { enterValue } from './support/enter-value'

test.use({ demo: true })

const shot = (page: Page, mode: string) =>
  page.screenshot({ path: `test-results/screenshots/projector-${mode}-1280x720.png` })

/** The console of the demo workshop whose Join tab the page is on. */
async function openConsole(page: Page): Promise<string> {
  const workshopId = /\/workshops\/([^/]+)\//.exec(page.url())?.[1]
  if (!workshopId) throw new Error(`Not on a workshop page: ${page.url()}`)
  await page.goto(`/console/${workshopId}`)
  await expect(page.getByRole('heading', { level: 1, name: '运行培训班' })).toBeVisible()
  // The session document has arrived once the current-item card shows.
  await expect(page.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible()
  return workshopId
}

const agendaItem = (page: Page, name: RegExp): Locator =>
  page.getByRole('navigation', { name: '议程' }).getByRole('button', { name })
const projectorMode = (page: Page, label: string): Locator =>
  page.locator('.console-projector-modes').getByText(label, { exact: true })
const steps = (page: Page): Locator => page.getByRole('navigation', { name: '本方案的练习' })
const clockOf = (scope: Page | Locator): Locator => scope.getByTestId('session-timer')

/** Reads a clock face (44:58, +0:03) as seconds left; negative when over time. */
async function secondsOn(clock: Locator): Promise<number> {
  const text = (await clock.innerText()).trim()
  const match = /^(\+)?(?:(\d+):)?(\d+):(\d\d)$/.exec(text)
  if (!match) throw new Error(`Not a clock face: ${text}`)
  const seconds = Number(match[2] ?? 0) * 3600 + Number(match[3]) * 60 + Number(match[4])
  return match[1] ? -seconds : seconds
}

async function expectAxeClean(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([])
}

test('the console runs the room: the projector and a Lueyang device follow the timer, lock, spotlight, gallery and message', async ({
  browser,
  hub,
}) => {
  test.setTimeout(180_000)
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const lueyangJoin = await readJoin(console_, LUEYANG)
  const workshopId = await openConsole(console_)

  // A Lueyang official joins and writes a SWOT card in each quadrant, and the 60% share.
  const { page: group } = await newDevice(browser, hub.url)
  await joinByLink(group, lueyangJoin.url, '王伟')
  await steps(group)
    .getByRole('link', { name: /SWOT 分析/ })
    .click()
  const cards = { 优势: '略阳乌鸡地理标志', 劣势: '冷链物流不足', 机会: '电商平台合作', 威胁: '禽流感风险' }
  for (const [quadrant, text] of Object.entries(cards)) {
    const box = group.getByLabel(`在“${quadrant}”中新建卡片`)
    await box.fill(text)
    await box.press('Enter')
    await expect(box).toHaveValue('')
  }

  // The projector, opened from the console's link in its own window.
  const link = (await console_.getByTestId('projector-link').innerText()).trim()
  expect(link).toMatch(new RegExp(`/projector/${workshopId}#[A-Za-z0-9_-]{43}$`))
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(link)
  await expect(projector).toHaveURL(new RegExp(`/projector/${workshopId}$`))
  await expect(projector.getByRole('heading', { level: 1, name: '2018 贫困县扶贫培训班' })).toBeVisible()

  // The facilitator moves the room to the SWOT exercise and starts its 45 minutes.
  await agendaItem(console_, /SWOT 分析/).click()
  await expect(console_.getByTestId('console-current-title')).toHaveText('SWOT 分析')
  await expect(projector.getByTestId('projector-title')).toHaveText('SWOT 分析')
  await expect(clockOf(projector)).toHaveText('45:00')
  await expect(projector.getByTestId('session-timer-status')).toHaveText('未开始')
  await console_.getByTestId('timer-toggle').click()
  await expect(projector.getByTestId('session-timer-status')).toHaveText('计时中')
  const strip = group.getByTestId('room-strip')
  await expect(strip).toContainText('SWOT 分析')
  await expect(strip.getByTestId('session-timer-status')).toHaveText('计时中')
  const projectorStart = await secondsOn(clockOf(projector))
  const groupStart = await secondsOn(clockOf(strip))
  // Both clocks run: each is read again until it has ticked, rather than after a fixed wait.
  await expect.poll(() => secondsOn(clockOf(projector))).toBeLessThan(projectorStart)
  await expect.poll(() => secondsOn(clockOf(strip))).toBeLessThan(groupStart)
  const projectorLater = await secondsOn(clockOf(projector))
  const groupLater = await secondsOn(clockOf(strip))
  expect(projectorLater).toBeGreaterThan(44 * 60)
  // Both read the same hub clock: at most one tick apart.
  expect(Math.abs(projectorLater - groupLater)).toBeLessThanOrEqual(1)
  await expectAxeClean(projector)
  await shot(projector, 'exercise')

  // Locking the exercise: the group's board turns read-only and says why; the facilitator is told too.
  await console_.getByTestId('lock-all').click()
  const banner = group.getByTestId('lock-banner')
  await expect(banner).toContainText('此练习已锁定，只能查看')
  await expect(banner).toContainText('主持人已为所有小组锁定此练习，现在不能修改。')
  await expect(group.getByLabel('在“优势”中新建卡片')).toBeDisabled()
  await expect(group.locator('.swot-card textarea').first()).toBeDisabled()
  await expectAxeClean(group)
  await group.screenshot({ path: 'test-results/screenshots/console-locked-group-1280x720.png' })
  await console_.getByTestId('lock-all').click()
  await expect(banner).toHaveCount(0)
  await expect(group.getByLabel('在“优势”中新建卡片')).toBeEnabled()

  // Spotlight Lueyang: the projector shows its SWOT, card by card.
  await console_.getByRole('button', { name: `在投影上聚焦${LUEYANG}` }).click()
  await expect(projector.getByTestId('projector-title')).toHaveText(/略阳县\s*·\s*SWOT 分析/)
  const swot = projector.getByTestId('projector-swot')
  for (const text of Object.values(cards)) await expect(swot).toContainText(text)
  await expect(swot.locator('[data-quadrant="threats"]')).toContainText('禽流感风险')
  await expect(projector.getByTestId('session-timer')).toBeVisible()
  await expectAxeClean(projector)
  await shot(projector, 'spotlight')

  // The group sets its share; the gallery shows every county's headline target and the total.
  await steps(group)
    .getByRole('link', { name: /目标设定/ })
    .click()
  await enterValue(group.getByLabel('带动比例（%）'), '60')
  await projectorMode(console_, '各县目标对比').click()
  await expect(projector.getByRole('heading', { level: 1, name: '各县目标对比' })).toBeVisible()
  const counties = await console_.request.get(`/api/workshops/${workshopId}/counties`)
  const names = ((await counties.json()) as ApiResponse<'listCounties'>).map((county) => county.name)
  expect(names.length).toBeGreaterThanOrEqual(9)
  const rows = projector.locator('.projector-gallery-row')
  await expect(rows).toHaveCount(names.length)
  for (const name of names) await expect(rows.filter({ hasText: name })).toHaveCount(1)
  await expect(projector.locator(`[data-county="${LUEYANG}"]`).getByTestId('gallery-value')).toHaveText(
    '19,200',
  )
  await expect(projector.locator('[data-county="巴东县"]').getByTestId('gallery-value')).toHaveText(
    '尚未设定',
  )
  // Said once: the total, and how many counties it adds up.
  await expect(projector.getByTestId('gallery-total')).toHaveText(
    `合计 19,200 人 · ${names.length} 个县中 1 个已设定目标`,
  )
  await expect(projector.locator('.projector-gallery-bar').first()).toBeVisible()
  await expectAxeClean(projector)
  await shot(projector, 'gallery')

  // Join codes on the projector: the same code the Join tab gives Lueyang.
  await projectorMode(console_, '加入码').click()
  await expect(projector.locator(`[data-county="${LUEYANG}"]`).getByTestId('projector-join-code')).toHaveText(
    lueyangJoin.code,
  )
  await expect(projector.getByRole('img', { name: `${LUEYANG}小组的加入二维码` })).toBeVisible()
  await expectAxeClean(projector)
  await shot(projector, 'join')

  // A broadcast message reaches the group's header and the projector, and fills the projector on request.
  await console_.getByLabel('发给所有小组设备和投影的消息').fill('请各组 10 分钟后准备汇报')
  await console_.getByRole('button', { name: '发送', exact: true }).click()
  await expect(group.getByTestId('room-message')).toContainText('请各组 10 分钟后准备汇报')
  await expect(projector.getByTestId('projector-message-banner')).toContainText('请各组 10 分钟后准备汇报')
  await projectorMode(console_, '消息').click()
  await expect(projector.getByTestId('projector-message')).toHaveText('请各组 10 分钟后准备汇报')
  await expectAxeClean(projector)
  await shot(projector, 'message')

  // The console itself, with the grid showing Lueyang's progress and its device.
  const lueyangRow = console_.locator(`[data-county="${LUEYANG}"]`)
  await expect(lueyangRow.locator('[data-kind="swot"]')).toHaveAttribute('data-state', 'done')
  await expect(lueyangRow.getByTestId('devices')).toHaveText('1')
  await expectAxeClean(console_)
  await console_.screenshot({ path: 'test-results/screenshots/console-1280x720.png' })
  await console_.screenshot({ path: 'test-results/screenshots/console-full-1280.png', fullPage: true })

  // On a phone the timer and the message stay readable at the top of the plan.
  await group.setViewportSize({ width: 390, height: 844 })
  await expect(group.getByTestId('room-message')).toBeInViewport()
  await group.screenshot({ path: 'test-results/screenshots/console-group-phone-390.png' })

  // Body text on the projector is at least 28 px at 1280×720.
  await projectorMode(console_, '当前练习').click()
  await expect(projector.getByTestId('projector-title')).toHaveText('SWOT 分析')
  const bodySize = await projector
    .locator('.projector-steps li')
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(bodySize).toBeGreaterThanOrEqual(28)
})

test('keyboard shortcuts in run mode do what the help overlay says, and never while typing', async ({
  browser,
  hub,
}) => {
  const { page } = await newDevice(browser, hub.url)
  await openLanOnLoopback(page)
  await openConsole(page)
  const title = page.getByTestId('console-current-title')
  const status = page.locator('.console-timer').getByTestId('session-timer-status')
  const selectedMode = page.locator('.console-projector-modes .ant-segmented-item-selected')

  // ? opens the overlay; it lists each shortcut in Chinese and English.
  await page.keyboard.press('?')
  const overlay = page.getByRole('dialog', { name: /运行模式快捷键/ })
  await expect(overlay).toBeVisible()
  const row = (action: string) => overlay.locator(`tr[data-action="${action}"]`)
  await expect(row('toggleTimer')).toContainText('Space')
  await expect(row('toggleTimer')).toContainText('开始或暂停计时')
  await expect(row('toggleTimer')).toContainText('Start or pause the timer')
  await expect(row('next')).toContainText('→')
  await expect(row('spotlight')).toContainText('S')
  await expect(row('lock')).toContainText('Lock or open the current exercise for all groups')
  expect(await seriousViolations(page)).toEqual([])
  // Shortcuts are off while the overlay is open.
  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(overlay).toBeHidden()

  // → starts the day with the first item; → again moves on; ← goes back.
  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText('开班与相互介绍')
  await page.keyboard.press('ArrowRight')
  await expect(title).toHaveText('县情数据卡')
  await page.keyboard.press('ArrowLeft')
  await expect(title).toHaveText('开班与相互介绍')
  await page.keyboard.press('ArrowRight')

  // Space starts and pauses; + and − change the time.
  await page.keyboard.press(' ')
  await expect(status).toHaveText('计时中')
  await page.keyboard.press(' ')
  await expect(status).toHaveText('已暂停')
  const clock = page.locator('.console-timer').getByTestId('session-timer')
  const before = await secondsOn(clock)
  await page.keyboard.press('+')
  await expect.poll(() => secondsOn(clock)).toBe(before + 60)
  await page.keyboard.press('-')
  await expect.poll(() => secondsOn(clock)).toBe(before)

  // L locks the current exercise for every group, and again opens it.
  const lock = page.getByTestId('lock-all')
  await page.keyboard.press('l')
  await expect(lock).toBeChecked()
  await page.keyboard.press('L')
  await expect(lock).not.toBeChecked()

  // S spotlights a county on the projector and back; G, J, E switch the projector's view.
  await page.keyboard.press('s')
  await expect(selectedMode).toHaveText('聚焦一个县')
  await page.keyboard.press('s')
  await expect(selectedMode).toHaveText('当前练习')
  await page.keyboard.press('g')
  await expect(selectedMode).toHaveText('各县目标对比')
  await page.keyboard.press('j')
  await expect(selectedMode).toHaveText('加入码')
  await page.keyboard.press('e')
  await expect(selectedMode).toHaveText('当前练习')

  // M goes to the message box, and typing there is typing: s, l and space are letters, not shortcuts.
  await page.keyboard.press('m')
  const box = page.getByLabel('发给所有小组设备和投影的消息')
  await expect(box).toBeFocused()
  await page.keyboard.type('sl g')
  await expect(box).toHaveValue('sl g')
  await expect(selectedMode).toHaveText('当前练习')
  await expect(lock).not.toBeChecked()
  await expect(status).toHaveText('已暂停')

  // Clicking the item the room is on does not restart its timer.
  await page
    .getByRole('navigation', { name: '议程' })
    .getByRole('button', { name: /县情数据卡/ })
    .click()
  await expect(status).toHaveText('已暂停')

  // On a tablet the console is one column and nothing runs off the side of the page.
  await page.setViewportSize({ width: 768, height: 1024 })
  await expect(page.getByTestId('timer-toggle')).toBeVisible()
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await page.screenshot({ path: 'test-results/screenshots/console-tablet-768.png' })
})
