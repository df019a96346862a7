import type { Browser, BrowserContext, Locator, Page } from '@playwright/test'
import { expect } from './test'

/** The demo county every live test works in. */
export const LUEYANG = '略阳县'

/** The facilitator's way to the demo workshop's Join tab: home, the workshop, the tab. */
export async function openJoinTab(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: /2018 贫困县扶贫培训班/ }).click()
  await page.getByRole('tab', { name: '加入' }).click()
}

/**
 * The facilitator's console: opens the demo workshop's Join tab, opens the session to the LAN on
 * loopback ("this computer only"), as a facilitator trying the join flow on one laptop would.
 */
export async function openLanOnLoopback(page: Page): Promise<void> {
  await openJoinTab(page)
  await page.getByRole('radio', { name: /本机（仅供测试）/ }).check()
  await page.getByRole('button', { name: '开放局域网' }).click()
  await expect(page.getByText('已开放', { exact: true })).toBeVisible()
}

/** A group's card on the Join tab. */
export const groupCard = (page: Page, county: string): Locator =>
  page.locator('.group-join-card').filter({ has: page.getByRole('heading', { name: new RegExp(county) }) })

/** What the console shows for a group: the code as displayed (ABC-234) and the join link. */
export async function readJoin(page: Page, county: string): Promise<{ code: string; url: string }> {
  const card = groupCard(page, county)
  await expect(card.getByTestId('join-url')).toBeVisible()
  return {
    code: (await card.getByTestId('join-code').innerText()).trim(),
    url: (await card.getByTestId('join-url').innerText()).trim(),
  }
}

/** A separate device: its own browser context (own localStorage and IndexedDB), like a phone or laptop. */
export async function newDevice(
  browser: Browser,
  baseURL: string,
  viewport = { width: 1280, height: 720 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce' })
  return { context, page: await context.newPage() }
}

/** Joins from the QR code's link (the code comes in the address) with a display name. */
export async function joinByLink(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url)
  await page.getByLabel('你的姓名').fill(name)
  await page.getByRole('button', { name: '加入', exact: true }).click()
  await expect(page).toHaveURL(/\/plan\/[^/]+\/[^/]+$/)
}

/** Joins by typing the code the way it is read out: lower case, no dash. */
export async function joinByTyping(page: Page, code: string, name: string): Promise<void> {
  await page.goto('/join')
  const box = page.getByLabel('加入码')
  await box.pressSequentially(code.replace('-', '').toLowerCase())
  await expect(box).toHaveValue(code)
  await page.getByLabel('你的姓名').fill(name)
  await page.getByRole('button', { name: '加入', exact: true }).click()
  await expect(page).toHaveURL(/\/plan\/[^/]+\/[^/]+$/)
}

/** The plan's situation summary editor. */
export const summaryEditor = (page: Page): Locator => page.getByRole('textbox', { name: '现状概述' })

/** The save-status badge next to the plan's title. */
export const saveStatus = (page: Page): Locator => page.getByTestId('save-status')

/** Puts the caret at the end of the summary and types, key by key, as a person would. */
export async function typeInSummary(page: Page, text: string): Promise<void> {
  const editor = summaryEditor(page)
  await editor.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(text)
}

/**
 * The facilitator's page with the LAN opened on loopback, Lueyang's join link, and the workshop's id:
 * what a test needs to join a Lueyang device and to arrange data beside it.
 */
export async function lueyangRoom(
  browser: Browser,
  baseURL: string,
): Promise<{ console_: Page; join: { code: string; url: string }; workshopId: string }> {
  const { page: console_ } = await newDevice(browser, baseURL)
  await openLanOnLoopback(console_)
  const join = await readJoin(console_, LUEYANG)
  const workshopId = /\/workshops\/([^/]+)\//.exec(console_.url())?.[1]
  if (!workshopId) throw new Error(`Not on a workshop page: ${console_.url()}`)
  return { console_, join, workshopId }
}
