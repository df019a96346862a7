import type { Locator, Page } from '@playwright/test'
import {
  joinByLink,
  joinByTyping,
  LUEYANG,
  newDevice,
  openLanOnLoopback,
  readJoin,
} from './support/live-join'
import { expect, test } from './support/test'
import { seriousViolations } from './support/axe'

test.use({ demo: true })

type Quadrant = 'strengths' | 'weaknesses' | 'opportunities' | 'threats'
const QUADRANTS: Quadrant[] = ['strengths', 'weaknesses', 'opportunities', 'threats']
const NAMES: Record<Quadrant, string> = {
  strengths: '优势',
  weaknesses: '劣势',
  opportunities: '机会',
  threats: '威胁',
}

const quadrant = (page: Page, which: Quadrant): Locator =>
  page.locator(`.swot-quadrant[data-quadrant="${which}"]`)

/** The board as a person reads it: each quadrant's card texts, top to bottom. */
async function board(page: Page): Promise<Record<Quadrant, string[]>> {
  const entries = await Promise.all(
    QUADRANTS.map(
      async (which) =>
        [
          which,
          await quadrant(page, which)
            .locator('.swot-card textarea')
            .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value)),
        ] as const,
    ),
  )
  return Object.fromEntries(entries) as Record<Quadrant, string[]>
}

async function addCard(page: Page, which: Quadrant, text: string): Promise<void> {
  const box = page.getByLabel(`在“${NAMES[which]}”中新建卡片`)
  await box.fill(text)
  await box.press('Enter')
  await expect(box).toHaveValue('')
  await expect(quadrant(page, which).locator('.swot-card textarea').last()).toHaveValue(text)
}

const handle = (page: Page, text: string): Locator => page.getByRole('button', { name: `移动卡片：${text}` })
const steps = (page: Page): Locator => page.getByRole('navigation', { name: '本方案的练习' })
const swotStep = (page: Page): Locator => steps(page).getByRole('link', { name: /SWOT 分析/ })

/** Drags with the mouse the way a person does: press, move in small steps, release over the target. */
async function dragByMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  // Both in the middle of the screen, clear of the edges where dragging scrolls the page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  const start = await from.boundingBox()
  const end = await to.boundingBox()
  if (!start || !end) throw new Error('Drag source or target is not visible')
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2)
  await page.mouse.down()
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2 + 10, { steps: 3 })
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 })
  await page.mouse.up()
}

test('two devices fill the SWOT board; cards move by mouse and by keyboard; order and completeness hold', async ({
  browser,
  hub,
}) => {
  const { page: facilitator } = await newDevice(browser, hub.url)
  await openLanOnLoopback(facilitator)
  const { code, url } = await readJoin(facilitator, LUEYANG)
  const a = await newDevice(browser, hub.url)
  const b = await newDevice(browser, hub.url)
  await joinByLink(a.page, url, '王伟')
  await joinByTyping(b.page, code, '李娜')

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

  await addCard(a.page, 'strengths', '略阳乌鸡品种独特')
  await expect(swotStep(a.page)).toContainText('已完成 25%')
  await addCard(a.page, 'strengths', '中药材资源丰富')
  await addCard(a.page, 'strengths', '交通不便')
  await addCard(a.page, 'opportunities', '东西部协作帮扶')
  await addCard(a.page, 'opportunities', '市场价格波动')
  await addCard(a.page, 'threats', '禽流感风险')
  await expect(swotStep(a.page)).toContainText('已完成 75%')

  // By mouse: "price swings" belongs under threats, above bird flu.
  await dragByMouse(a.page, handle(a.page, '市场价格波动'), handle(a.page, '禽流感风险'))
  await expect.poll(async () => (await board(a.page)).threats).toEqual(['市场价格波动', '禽流感风险'])

  // By keyboard: "poor roads" is a weakness; pick it up, move right, drop.
  await handle(a.page, '交通不便').focus()
  await a.page.keyboard.press('Space')
  const region = a.page.locator('[id^="DndLiveRegion"]')
  await expect(handle(a.page, '交通不便')).toHaveAttribute('aria-pressed', 'true')
  await a.page.keyboard.press('ArrowRight')
  await expect(region).toHaveText(/将放到“劣势”/)
  await a.page.keyboard.press('Space')
  await expect(region).toHaveText('卡片“交通不便”已移到“劣势”第 1 位。')
  await expect.poll(async () => (await board(a.page)).weaknesses).toEqual(['交通不便'])

  // And within a quadrant by keyboard: herbs up above the chickens.
  await handle(a.page, '中药材资源丰富').focus()
  await a.page.keyboard.press('Space')
  await expect(handle(a.page, '中药材资源丰富')).toHaveAttribute('aria-pressed', 'true')
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
  await expect.poll(() => board(a.page)).toEqual(expected)
  await expect(swotStep(a.page)).toContainText('已完成')
  await expect(swotStep(a.page)).not.toContainText('%')

  // The other device sees the same cards in the same order, and its navigator agrees.
  await expect.poll(() => board(b.page)).toEqual(expected)
  await expect(swotStep(b.page)).toContainText('已完成')
  await expect(swotStep(b.page)).not.toContainText('%')

  // Inline editing reaches the other device; delete asks first.
  const herbs = quadrant(b.page, 'strengths').locator('.swot-card textarea').first()
  await herbs.fill('中药材资源丰富（天麻、杜仲）')
  await expect(quadrant(a.page, 'strengths').locator('.swot-card textarea').first()).toHaveValue(
    '中药材资源丰富（天麻、杜仲）',
  )
  await addCard(b.page, 'threats', '临时卡片')
  await b.page.getByRole('button', { name: '删除卡片：临时卡片' }).click()
  await b.page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s?除$/ })
    .click()
  await expect.poll(async () => (await board(a.page)).threats).toEqual(['市场价格波动', '禽流感风险'])

  // A reload brings the same order back from the hub.
  await a.page.reload()
  await expect(a.page).toHaveURL(/\?step=swot$/)
  await expect
    .poll(() => board(a.page))
    .toEqual({ ...expected, strengths: ['中药材资源丰富（天麻、杜仲）', '略阳乌鸡品种独特'] })

  await a.page.screenshot({ path: 'test-results/screenshots/swot-1280x720.png' })
  expect(await seriousViolations(a.page), 'SWOT step').toEqual([])
})
