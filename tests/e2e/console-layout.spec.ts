import type { Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

async function openDemoConsole(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: /2018 贫困县扶贫培训班/ }).click()
  await page.getByRole('button', { name: '运行培训班' }).click()
  await expect(page.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible()
}

test('at 1280×720, in both languages, every county keeps its lock and projector buttons in view, and the lock-for-all switch is named by its label', async ({
  browser,
  hub,
}) => {
  const { page } = await newDevice(browser, hub.url)
  await openDemoConsole(page)
  await page
    .getByRole('navigation', { name: '议程' })
    .getByRole('button', { name: /SWOT 分析/ })
    .click()

  // Linked to its visible text, not only wrapped in it, so every screen reader reads the same name.
  const lockAll = page.getByRole('switch', { name: '为所有小组锁定此练习' })
  await expect(lockAll).toBeVisible()
  const linkedLabel = await lockAll.evaluate(
    (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
  )
  expect(linkedLabel).toBe('为所有小组锁定此练习')
  expect(await seriousViolations(page)).toEqual([])

  for (const [language, lock, spotlight] of [
    ['中文', '为{{county}}锁定“SWOT 分析”', '在投影上聚焦{{county}}'],
    ['English', 'Lock “SWOT analysis” for {{county}}', 'Spotlight {{county}} on the projector'],
  ] as const) {
    await page
      .getByRole('radiogroup', { name: /界面语言|Language/ })
      .getByText(language)
      .click()
    const rows = page.locator('[data-testid="progress-grid"] tbody tr')
    await expect(rows).toHaveCount(9)
    for (const row of await rows.all()) {
      const county = (await row.locator('th').innerText()).trim()
      // Scroll the page (never the grid) until the row is on screen.
      await row.evaluate((element) =>
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 300),
      )
      await expect(row.getByRole('switch', { name: lock.replace('{{county}}', county) })).toBeInViewport({
        ratio: 1,
      })
      await expect(row.getByRole('button', { name: spotlight.replace('{{county}}', county) })).toBeInViewport(
        {
          ratio: 1,
        },
      )
    }
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `test-results/screenshots/console-grid-${language}-1280x720.png` })
  }
})

/** Projector modes whose label is not wholly on screen inside the projector card. */
const hiddenModes = (page: Page): Promise<string[]> =>
  page.locator('.console-projector').evaluate((card) => {
    const box = card.getBoundingClientRect()
    return [...card.querySelectorAll<HTMLElement>('.ant-segmented-item')]
      .filter((item) => {
        const place = item.getBoundingClientRect()
        const label = item.querySelector<HTMLElement>('.ant-segmented-item-label')
        const cut = label !== null && label.scrollWidth > label.clientWidth
        return cut || place.left < box.left || place.right > Math.min(box.right, window.innerWidth)
      })
      .map((item) => item.textContent ?? '')
  })

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height}, in both languages, every projector mode is in view and whole, none hidden past the card's edge`, async ({
    browser,
    hub,
  }) => {
    const { page } = await newDevice(browser, hub.url, viewport)
    await openDemoConsole(page)
    const modes = page.getByRole('radiogroup', { name: /投影显示|Projector shows/ })
    for (const [language, joinCodes] of [
      ['中文', '加入码'],
      ['English', 'Join codes'],
    ] as const) {
      await page
        .getByRole('radiogroup', { name: /界面语言|Language/ })
        .getByText(language)
        .click()
      await expect(modes.getByText(joinCodes, { exact: true })).toBeVisible()
      await modes.scrollIntoViewIfNeeded()
      expect(await hiddenModes(page), language).toEqual([])
      await page.screenshot({
        path: `test-results/screenshots/console-projector-modes-${language}-${viewport.width}x${viewport.height}.png`,
      })
    }
  })
}

test('the console shows the save status as the plan page does: a badge with room between its icon and its word', async ({
  browser,
  hub,
}) => {
  const { page } = await newDevice(browser, hub.url)
  await openDemoConsole(page)
  const badge = page.getByTestId('save-status')
  await expect(badge).toHaveText('已保存')
  const [icon, word] = await Promise.all([
    badge.locator('.anticon').boundingBox(),
    badge.getByText('已保存').boundingBox(),
  ])
  expect(word!.x - (icon!.x + icon!.width)).toBeGreaterThanOrEqual(4)
  await expect(badge).toHaveCSS('border-top-style', 'solid')
})
