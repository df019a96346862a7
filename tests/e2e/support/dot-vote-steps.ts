import type { Locator, Page } from '@playwright/test'

/** "还剩 2 个圆点（共 3 个）": this device's dots left. */
export const dotBalance = (page: Page): Locator => page.locator('.dv-balance-text strong')

export const addDot = (page: Page, text: string): Locator =>
  page.getByRole('button', { name: `在“${text}”上投一点` })

export const removeDot = (page: Page, text: string): Locator =>
  page.getByRole('button', { name: `从“${text}”收回一点` })

/** A card on the voting board; `data-mine` holds this device's dots on it. */
export const dotItem = (page: Page, text: string): Locator =>
  page.locator('.dv-item').filter({ hasText: text })
