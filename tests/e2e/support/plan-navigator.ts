import type { Locator, Page } from '@playwright/test'
import { expect } from './test'

/** The group workspace's step navigator (its accessible name is in Chinese, the default language). */
export const stepNav = (page: Page): Locator => page.getByRole('navigation', { name: '本方案的练习' })

/** A step's link in the navigator; its text also carries the step's completeness ("已完成 75%"). */
export const stepLink = (page: Page, name: RegExp): Locator => stepNav(page).getByRole('link', { name })

/** Opens a step from the navigator and waits until its heading says it is open. */
export async function openStep(page: Page, name: RegExp): Promise<void> {
  await stepLink(page, name).click()
  await expect(page.locator('#step-heading')).toHaveText(name)
}

/** Scrolls the first element matching a CSS selector to just below the plan's sticky header. */
export async function scrollBelowHeader(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const element = document.querySelector(target)
    const header = document.querySelector('.plan-header')
    if (!element) throw new Error(`Nothing matches ${target}`)
    const below =
      header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().height : 0
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - below - 12)
  }, selector)
}

/** Scrolls a section's heading to just below the plan's sticky header. */
export const scrollToHeading = (page: Page, id: string): Promise<void> => scrollBelowHeader(page, `#${id}`)

/** A co-edited prose field, named by the heading above it. */
export const proseField = (page: Page, heading: string): Locator =>
  page.getByRole('textbox', { name: heading, exact: true })
