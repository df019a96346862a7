import type { Locator, Page } from '@playwright/test'
import { chooseOption } from './antd-select'
import { dragByMouse } from './mouse-drag'
import { expect } from './test'

export const needCard = (page: Page, text: string): Locator =>
  page
    .locator('.need-card')
    .filter({ has: page.getByRole('button', { name: `移动卡片：${text}`, exact: true }) })

export const resourceHandle = (page: Page, title: string): Locator =>
  page.getByRole('button', { name: `拖到需求上：${title}`, exact: true })

export const matchRow = (page: Page, resource: string): Locator =>
  page.locator('.match-row').filter({ has: page.locator('.match-title', { hasText: resource }) })

/** The needs column as a person reads it: each card's text and the resources matched to it. */
export async function needsBoard(page: Page): Promise<{ text: string; resources: string[] }[]> {
  return page.locator('.need-card').evaluateAll((cards) =>
    cards.map((card) => ({
      text: (card.querySelector('.need-text') as HTMLTextAreaElement).value,
      resources: [...card.querySelectorAll('.match-title')].map((title) => title.textContent ?? ''),
    })),
  )
}

/** Writes a need (or, with the kind, a product) card. */
export async function addNeed(page: Page, text: string, kind?: '产品'): Promise<void> {
  if (kind) await chooseOption(page, page.getByLabel('新卡片的类型'), kind)
  const box = page.getByLabel('新的需求或产品')
  await box.fill(text)
  await box.press('Enter')
  await expect(box).toHaveValue('')
  await expect(needCard(page, text)).toBeVisible()
}

/** Puts the top of the board just under the sticky plan header, as a person scrolls to work on it. */
export async function scrollToMatchingBoard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const board = document.querySelector('.matching-board')
    if (board) window.scrollTo(0, board.getBoundingClientRect().top + window.scrollY - 132)
  })
}

/** Drags a catalogue resource onto a need card by mouse. */
export async function dragResourceByMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  // Both well inside the window, clear of the edges where dragging scrolls the page.
  await scrollToMatchingBoard(page)
  await dragByMouse(page, from, to, { nudge: { x: -10, y: 10 }, steps: 15 })
}
