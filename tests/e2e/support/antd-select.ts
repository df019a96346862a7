import type { Locator, Page } from '@playwright/test'
import { expect } from './test'

/** Picks an option of an antd select the way a person does: open it, click the option by its exact text. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click()
  const dropdown = page.locator('.ant-select-dropdown:visible')
  // A click while the list is still sliding in can miss the option: wait until it has settled.
  await expect(dropdown).not.toHaveClass(/-(appear|enter)/)
  await dropdown.locator('.ant-select-item-option').getByText(option, { exact: true }).click()
  // Closed before the next choice, so only one list of options is on screen.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0)
}
