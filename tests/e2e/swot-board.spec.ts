import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/test'
import { seriousViolations } from './support/axe'
import { demoPlanPath } from './support/demo-plan'
import { stepLink } from './support/plan-navigator'
import { addSwotCard, dragSwotCardByMouse, swotBoard, swotHandle, swotQuadrant } from './support/swot-steps'
import { lueyangPairByRest } from './support/lan-by-rest'

test.use({ demo: true })

const swotStep = (page: Page): Locator => stepLink(page, /SWOT 分析/)

test('two devices fill the SWOT board; cards move by mouse and by keyboard; order and completeness hold', async ({
  browser,
  hub,
  request,
}) => {
  const { a, b } = await lueyangPairByRest(browser, request, hub.url)

  // The navigator opens the SWOT step and keeps it in the address; nothing is filled in yet.
  await expect(swotStep(a.page)).toContainText('已完成 0%')
  await swotStep(a.page).click()
  await expect(a.page).toHaveURL(/\?step=swot$/)
  await expect(swotStep(a.page)).toHaveAttribute('aria-current', 'step')
  await expect(a.page.getByRole('heading', { level: 2, name: 'SWOT 分析' })).toBeVisible()
  await expect(a.page.getByText('每张卡片写一点，尽量具体，可以引用数据卡中的数字。')).toBeVisible()
  await swotStep(b.page).focus()
  await b.page.keyboard.press('Enter')
  await expect(b.page).toHaveURL(/\?step=swot$/)

  await addSwotCard(a.page, 'strengths', '略阳乌鸡品种独特')
  await expect(swotStep(a.page)).toContainText('已完成 25%')
  await addSwotCard(a.page, 'strengths', '中药材资源丰富')
  await addSwotCard(a.page, 'strengths', '交通不便')
  await addSwotCard(a.page, 'opportunities', '东西部协作帮扶')
  await addSwotCard(a.page, 'opportunities', '市场价格波动')
  await addSwotCard(a.page, 'threats', '禽流感风险')
  await expect(swotStep(a.page)).toContainText('已完成 75%')

  // By mouse: "price swings" belongs under threats, above bird flu.
  await dragSwotCardByMouse(a.page, swotHandle(a.page, '市场价格波动'), swotHandle(a.page, '禽流感风险'))
  await expect.poll(async () => (await swotBoard(a.page)).threats).toEqual(['市场价格波动', '禽流感风险'])

  // By keyboard: "poor roads" is a weakness; pick it up, move right, drop.
  await swotHandle(a.page, '交通不便').focus()
  await a.page.keyboard.press('Space')
  const region = a.page.locator('[id^="DndLiveRegion"]')
  await expect(swotHandle(a.page, '交通不便')).toHaveAttribute('aria-pressed', 'true')
  await a.page.keyboard.press('ArrowRight')
  await expect(region).toHaveText(/将放到“劣势”/)
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText('卡片“交通不便”已移到“劣势”第 1 位。')
  await expect.poll(async () => (await swotBoard(a.page)).weaknesses).toEqual(['交通不便'])

  // And within a quadrant by keyboard: herbs up above the chickens.
  await swotHandle(a.page, '中药材资源丰富').focus()
  await a.page.keyboard.press('Space')
  await expect(swotHandle(a.page, '中药材资源丰富')).toHaveAttribute('aria-pressed', 'true')
  await a.page.keyboard.press('ArrowUp')
  await expect(region).toHaveText(/将放到“优势”第 1 位/)
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText('卡片“中药材资源丰富”已移到“优势”第 1 位。')

  const expected = {
    strengths: ['中药材资源丰富', '略阳乌鸡品种独特'],
    weaknesses: ['交通不便'],
    opportunities: ['东西部协作帮扶'],
    threats: ['市场价格波动', '禽流感风险'],
  }
  await expect.poll(() => swotBoard(a.page)).toEqual(expected)
  await expect(swotStep(a.page)).toContainText('已完成')
  await expect(swotStep(a.page)).not.toContainText('%')

  // The other device sees the same cards in the same order, and its navigator agrees.
  await expect.poll(() => swotBoard(b.page)).toEqual(expected)
  await expect(swotStep(b.page)).toContainText('已完成')
  await expect(swotStep(b.page)).not.toContainText('%')

  // Inline editing reaches the other device; delete asks first.
  const herbs = swotQuadrant(b.page, 'strengths').locator('.swot-card textarea').first()
  await herbs.fill('中药材资源丰富（天麻、杜仲）')
  await expect(swotQuadrant(a.page, 'strengths').locator('.swot-card textarea').first()).toHaveValue(
    '中药材资源丰富（天麻、杜仲）',
  )
  await addSwotCard(b.page, 'threats', '临时卡片')
  await b.page.getByRole('button', { name: '删除卡片：临时卡片' }).click()
  await b.page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s?除$/ })
    .click()
  await expect.poll(async () => (await swotBoard(a.page)).threats).toEqual(['市场价格波动', '禽流感风险'])

  // A reload brings the same order back from the hub.
  await a.page.reload()
  await expect(a.page).toHaveURL(/\?step=swot$/)
  await expect
    .poll(() => swotBoard(a.page))
    .toEqual({ ...expected, strengths: ['中药材资源丰富（天麻、杜仲）', '略阳乌鸡品种独特'] })

  await a.page.screenshot({ path: 'test-results/screenshots/swot-1280x720.png' })
  expect(await seriousViolations(a.page), 'SWOT step').toEqual([])
})

/** Quadrant headings that the held card (dnd-kit's drag overlay) covers, by name. */
async function headingsUnderHeldCard(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const held = document.querySelector('.swot-card-overlay')?.getBoundingClientRect()
    if (!held) return ['(no card is held)']
    return [...document.querySelectorAll('h3.swot-quadrant-title')]
      .filter((heading) => {
        const box = heading.getBoundingClientRect()
        return (
          box.left < held.right && held.left < box.right && box.top < held.bottom && held.top < box.bottom
        )
      })
      .map((heading) => heading.firstChild?.textContent ?? '')
  })
}

/** Arrow keys and what the live region then says, ending in the empty weaknesses quadrant. */
const KEYBOARD_ROUTES = {
  // The 2×2 grid: left of threats is opportunities, at the same position (or its end); up past the top of
  // a quadrant is the end of the one above; right of strengths is the empty weaknesses.
  grid: [
    ['ArrowLeft', '将放到“机会”第 2 位。'],
    ['ArrowUp', '将放到“机会”第 1 位。'],
    ['ArrowUp', '将放到“优势”第 2 位。'],
    ['ArrowRight', '将放到“劣势”第 1 位。'],
  ],
  // One column on a phone: up goes through the cards and on into the quadrants above.
  phone: [
    ['ArrowUp', '将放到“威胁”第 1 位。'],
    ['ArrowUp', '将放到“机会”第 2 位。'],
    ['ArrowUp', '将放到“机会”第 1 位。'],
    ['ArrowUp', '将放到“劣势”第 1 位。'],
  ],
} as const

for (const [viewport, route] of [
  [{ width: 1280, height: 720 }, KEYBOARD_ROUTES.grid],
  [{ width: 390, height: 844 }, KEYBOARD_ROUTES.phone],
] as const) {
  test(`by keyboard a held card says where it is and moves quadrant by quadrant, clear of the headings, at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(`${await demoPlanPath(page)}?step=swot`)
    await addSwotCard(page, 'strengths', '略阳乌鸡品种独特')
    await addSwotCard(page, 'opportunities', '东西部协作帮扶')
    await addSwotCard(page, 'threats', '禽流感风险')
    await addSwotCard(page, 'threats', '市场价格波动')
    const region = page.locator('[id^="DndLiveRegion"]')

    // Picked up: where it is now, not "not over any quadrant".
    await swotHandle(page, '市场价格波动').focus()
    await page.keyboard.press('Space')
    await expect(swotHandle(page, '市场价格波动')).toHaveAttribute('aria-pressed', 'true')
    await expect(region).toHaveText('已拿起卡片“市场价格波动”，位于“威胁”第 2 位。')
    await expect.poll(() => headingsUnderHeldCard(page)).toEqual([])

    for (const [key, said] of route) {
      await page.keyboard.press(key)
      await expect(region).toHaveText(said)
      await expect.poll(() => headingsUnderHeldCard(page), said).toEqual([])
    }
    await page.screenshot({
      path: `test-results/screenshots/swot-keyboard-${viewport.width}x${viewport.height}.png`,
    })
    await page.keyboard.press('Space')
    await expect(region).toHaveText('卡片“市场价格波动”已移到“劣势”第 1 位。')
    await expect
      .poll(() => swotBoard(page))
      .toEqual({
        strengths: ['略阳乌鸡品种独特'],
        weaknesses: ['市场价格波动'],
        opportunities: ['东西部协作帮扶'],
        threats: ['禽流感风险'],
      })
  })
}

test('a 3,005-character paste into a card keeps the first 1,000, says so, and keeps the whole text to copy', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${await demoPlanPath(page)}?step=swot`)
  const pasted = Array.from({ length: 601 }, (_, index) => `第${index % 10}点乌鸡`)
    .join('')
    .slice(0, 3005)
  expect(pasted).toHaveLength(3005)

  // The new-card box keeps a text that is too long, says by how much, and adds nothing.
  const newCard = page.getByLabel('在“威胁”中新建卡片')
  await newCard.fill(pasted)
  await expect(page.getByRole('alert').filter({ hasText: '这段有 3,005 个字' })).toContainText(
    '一张卡片最多 1,000 个字',
  )
  await expect(swotQuadrant(page, 'threats').getByRole('button', { name: /添加/ })).toBeDisabled()
  await newCard.press('Enter')
  await expect(newCard).toHaveValue(pasted)
  expect((await swotBoard(page)).threats).toEqual([])
  await newCard.fill('')

  // Pasted into a card: the card keeps the first 1,000 characters and says where it was cut.
  await addSwotCard(page, 'threats', '禽流感风险')
  const card = swotQuadrant(page, 'threats').getByLabel('威胁，第 1 张卡片')
  await card.fill(pasted)
  await expect(card).toHaveValue(pasted.slice(0, 1000))
  const notice = swotQuadrant(page, 'threats').getByRole('alert')
  await expect(notice).toContainText('一张卡片最多 1,000 个字，只保存了前 1,000 个字。')
  const whole = notice.getByLabel('完整的文字（3,005 个字）')
  await expect(whole).toHaveValue(pasted)
  await page.screenshot({ path: 'test-results/screenshots/swot-card-too-long-1280x720.png', fullPage: true })
  await notice.getByRole('button', { name: '复制完整的文字' }).click()
  await expect(notice).toContainText('已复制。')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pasted)
  expect(await seriousViolations(page), 'a cut card').toEqual([])

  // The hub stored exactly what the card shows.
  await page.reload()
  await expect.poll(async () => (await swotBoard(page)).threats).toEqual([pasted.slice(0, 1000)])

  // On a phone the notice fits the card.
  await page.setViewportSize({ width: 390, height: 844 })
  await swotQuadrant(page, 'threats').getByLabel('威胁，第 1 张卡片').fill(pasted)
  await expect(swotQuadrant(page, 'threats').getByRole('alert')).toBeVisible()
  await swotQuadrant(page, 'threats').getByRole('alert').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/swot-card-too-long-390x844.png' })
})
