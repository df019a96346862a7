import { expect, type Page } from '@playwright/test'

/** Opens a workshop's setup tab the way a facilitator does: from the home list, then the tab. */
export async function openSetupTab(page: Page, workshopTitle: string, tabName: string): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: workshopTitle }).click()
  await page.getByRole('tab', { name: tabName }).click()
  await expect(page.getByRole('tab', { name: tabName })).toHaveAttribute('aria-selected', 'true')
}

/** The workshop id in the address of a setup page. */
export function workshopIdOf(page: Page): string {
  const match = /\/workshops\/([^/]+)/.exec(new URL(page.url()).pathname)
  if (!match?.[1]) throw new Error(`Not on a setup page: ${page.url()}`)
  return match[1]
}
