import type { Locator } from '@playwright/test'

/**
 * Types into a box and presses Enter, as a person finishing an entry: number and date boxes write
 * what they hold only then (or when left), never a half-typed value.
 */
export async function enterValue(box: Locator, text: string): Promise<void> {
  await box.fill(text)
  await box.press('Enter')
}
