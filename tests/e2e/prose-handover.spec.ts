import type { APIRequestContext, Browser, Page, Route } from '@playwright/test'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import { planProse, proseParagraphs } from '../../shared/live/plan-doc'
import { setProseParagraphs } from '../../shared/live/prose-text'
import { connectLive } from '../support/live-client'
import { lueyangJoinByRest } from './support/lan-by-rest'
import { joinByLink, newDevice, summaryEditor } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

const PHONE = { width: 390, height: 844 }
/** The text editor's own chunk (TipTap, ProseMirror), which a plan no longer waits for. */
const EDITOR_CHUNK = /\/assets\/prose-editor-[\w-]+\.js$/

/** Holds the editor's code on its way until the test lets it through. */
function holdEditorCode(page: Page): Promise<Route> {
  return new Promise((resolve) => void page.route(EDITOR_CHUNK, (route) => resolve(route)))
}

/** Lueyang's plan opened on a fresh phone, the editor's code held back until the test lets it through. */
async function phoneWithEditorHeld(
  browser: Browser,
  request: APIRequestContext,
  hubUrl: string,
  name: string,
) {
  const { url } = await lueyangJoinByRest(request)
  const { context, page } = await newDevice(browser, hubUrl, PHONE)
  const editorCode = holdEditorCode(page)
  return { context, page, editorCode, join: () => joinByLink(page, url, name) }
}

/** A live connection to the phone's plan with the facilitator's token, as another writer would have. */
async function planOnHub(request: APIRequestContext, hubUrl: string, page: Page) {
  const [, workshopId, countyId] = /\/plan\/([^/]+)\/([^/]+)$/.exec(new URL(page.url()).pathname) ?? []
  const { token } = (await (
    await request.get(API_ROUTES.facilitatorToken)
  ).json()) as ApiResponse<'facilitatorToken'>
  const client = connectLive(hubUrl, planDocName(workshopId!, countyId!), token)
  await client.synced
  return client
}

/** The summary as the hub holds it (read with the facilitator's token): what every device will see. */
async function summaryOnHub(request: APIRequestContext, hubUrl: string, page: Page): Promise<string> {
  const client = await planOnHub(request, hubUrl, page)
  try {
    return proseParagraphs(planProse(client.doc, 'situationSummary')).join('\n')
  } finally {
    client.destroy()
  }
}

test('a phone on the venue Wi-Fi types into the summary before the editor has arrived, and every character lands', async ({
  browser,
  hub,
  request,
}) => {
  const { context, page, editorCode, join } = await phoneWithEditorHeld(browser, request, hub.url, '王伟')
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 60,
    downloadThroughput: 4_000_000 / 8,
    uploadThroughput: 1_000_000 / 8,
  })
  await join()

  const summary = summaryEditor(page)
  await summary.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type('略阳乌鸡，')
  // Already in the document, saved by the hub: a phone that loses the Wi-Fi now keeps what it typed.
  await expect.poll(() => summaryOnHub(request, hub.url, page)).toMatch(/略阳乌鸡，$/)
  await expect(page.getByTestId('save-status')).toHaveText('已保存')
  // The editor's code arrives while the person keeps typing: nothing typed meanwhile may be lost.
  await (await editorCode).continue()
  await page.keyboard.type('订单扶贫。', { delay: 50 })
  await page.keyboard.press('Enter')
  await page.keyboard.type('第二段')

  // The editor now holds the field, with the caret, in the same place and under the same name.
  await expect(page.locator('.ProseMirror')).toBeFocused()
  await expect(summary).toHaveCount(1)
  await expect(summary).toContainText('略阳乌鸡，订单扶贫。')
  await expect.poll(() => summaryOnHub(request, hub.url, page)).toMatch(/略阳乌鸡，订单扶贫。\n第二段$/)
  await context.close()
})

test('the editor takes the preview’s place without moving anything or changing its name', async ({
  browser,
  hub,
  request,
}) => {
  const { context, page, editorCode, join } = await phoneWithEditorHeld(browser, request, hub.url, '李娜')
  await join()
  // A partner writes two paragraphs meanwhile: the preview shows them as the editor will.
  const partner = await planOnHub(request, hub.url, page)
  setProseParagraphs(planProse(partner.doc, 'situationSummary'), [
    '略阳乌鸡是地理标志产品。',
    '贫困户养鸡，网店销售。',
  ])
  await partner.saved()
  partner.destroy()

  const summary = summaryEditor(page)
  await expect(summary).toContainText('贫困户养鸡，网店销售。')
  await expect(summary).toHaveAttribute('contenteditable', 'true')
  await expect(page.locator('.ProseMirror')).toHaveCount(0)
  const before = await summary.boundingBox()

  // Nobody touches the field: the editor arrives when the phone is idle and takes over on its own.
  await (await editorCode).continue()
  await expect(page.locator('.ProseMirror')).toBeVisible()
  await expect(summary).toHaveCount(1)
  await expect(summary.locator('p')).toHaveText(['略阳乌鸡是地理标志产品。', '贫困户养鸡，网店销售。'])
  const after = await summary.boundingBox()
  expect(after).toEqual(before)
  await context.close()
})
