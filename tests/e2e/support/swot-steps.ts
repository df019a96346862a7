import type { Locator, Page } from '@playwright/test'
import { dragByMouse } from './mouse-drag'
import { expect } from './test'

export type Quadrant = 'strengths' | 'weaknesses' | 'opportunities' | 'threats'
export const QUADRANTS: Quadrant[] = ['strengths', 'weaknesses', 'opportunities', 'threats']
export const QUADRANT_NAMES: Record<Quadrant, string> = {
  strengths: '优势',
  weaknesses: '劣势',
  opportunities: '机会',
  threats: '威胁',
}

export const swotQuadrant = (page: Page, which: Quadrant): Locator =>
  page.locator(`.swot-quadrant[data-quadrant="${which}"]`)

/** The board as a person reads it: each quadrant's card texts, top to bottom. */
export async function swotBoard(page: Page): Promise<Record<Quadrant, string[]>> {
  const entries = await Promise.all(
    QUADRANTS.map(
      async (which) =>
        [
          which,
          await swotQuadrant(page, which)
            .locator('.swot-card textarea')
            .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value)),
        ] as const,
    ),
  )
  return Object.fromEntries(entries) as Record<Quadrant, string[]>
}

/** Types a card into a quadrant's "new card" box and presses Enter; it lands at the quadrant's end. */
export async function addSwotCard(page: Page, which: Quadrant, text: string): Promise<void> {
  const box = page.getByLabel(`在“${QUADRANT_NAMES[which]}”中新建卡片`)
  await box.fill(text)
  await box.press('Enter')
  await expect(box).toHaveValue('')
  await expect(swotQuadrant(page, which).locator('.swot-card textarea').last()).toHaveValue(text)
}

/** A card's drag handle, named by the card's text. */
export const swotHandle = (page: Page, text: string): Locator =>
  page.getByRole('button', { name: `移动卡片：${text}` })

/** Drags one card's handle onto another's by mouse. */
export async function dragSwotCardByMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  // Both in the middle of the screen, clear of the edges where dragging scrolls the page.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await dragByMouse(page, from, to, { nudge: { x: 10, y: 10 }, steps: 12 })
}
