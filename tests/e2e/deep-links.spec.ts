import type { APIRequestContext, Page } from '@playwright/test'
import { hubApi } from './support/hub-api'
import {
  LUEYANG,
  joinByLink,
  lueyangRoom,
  newDevice,
  openLanOnLoopback,
  summaryEditor,
} from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

/** Chunks that only the facilitator's screens need: a group device must never download them. */
const FACILITATOR_CHUNKS =
  /\/assets\/(home-page|setup-page|console-page|(details|counties|groups|agenda|poverty-lines|resources|join|export)-tab)-[\w-]+\.js$/

/** Opens an address, reloads it, and checks that the screen came back rather than a blank or lost page. */
async function reloadsTo(page: Page, path: string, screen: (page: Page) => Promise<void>) {
  await page.goto(path)
  await screen(page)
  await page.reload()
  await screen(page)
  await expect(page.getByText('找不到此页面')).toHaveCount(0)
  await expect(page.getByText('正在加载…')).toHaveCount(0)
}

/** The demo workshop's id and Lueyang's county id, read as the facilitator opens the LAN. */
async function demoIds(page: Page, request: APIRequestContext) {
  await openLanOnLoopback(page)
  const workshopId = /\/workshops\/([^/]+)\//.exec(page.url())?.[1] ?? ''
  const counties = await hubApi.listCounties(request, workshopId)
  return { workshopId, countyId: counties.find((county) => county.name === LUEYANG)!.id }
}

const title = /2018 贫困县扶贫培训班/

test('the facilitator’s home and every setup tab open from their address after a reload', async ({
  page,
  request,
}) => {
  // Eighteen full page loads, each fetching its screen's chunks: more than one ordinary test's time.
  test.slow()
  const { workshopId } = await demoIds(page, request)
  const w = `/workshops/${workshopId}`
  await reloadsTo(page, '/', (p) => expect(p.getByRole('link', { name: title })).toBeVisible())
  for (const [tab, label] of [
    ['details', '基本信息'],
    ['counties', '参训县'],
    ['groups', '小组'],
    ['agenda', '议程'],
    ['poverty-lines', '贫困线'],
    ['resources', '资源目录'],
    ['join', '加入'],
    ['export', '导出'],
  ] as const)
    await reloadsTo(page, `${w}/${tab}`, async (p) => {
      await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible()
      await expect(p.getByRole('tab', { name: label, exact: true, selected: true })).toBeVisible()
    })
})

test('the console, a plan, the print views and the projector open from their address after a reload', async ({
  browser,
  hub,
  page,
  request,
}) => {
  const { workshopId, countyId } = await demoIds(page, request)
  await reloadsTo(page, `/plan/${workshopId}/${countyId}?step=swot`, (p) =>
    expect(p.getByRole('heading', { level: 1 })).toContainText(LUEYANG),
  )
  await reloadsTo(page, `/print/workshops/${workshopId}/counties/${countyId}`, (p) =>
    expect(p.getByRole('heading', { level: 1 }).first()).toContainText(LUEYANG),
  )
  await reloadsTo(page, `/print/workshops/${workshopId}/summary`, (p) =>
    expect(p.locator('#summary-title')).toBeVisible(),
  )
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: '找不到此页面' })).toBeVisible()
  await reloadsTo(page, `/console/${workshopId}`, (p) =>
    expect(p.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible(),
  )
  const projectorLink = (await page.getByTestId('projector-link').innerText()).trim()
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(projectorLink)
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await projector.reload()
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible()
})

test('a print address runs the print view alone, not the app beside it', async ({ page, request }) => {
  const { workshopId, countyId } = await demoIds(page, request)
  const styleSheets: string[] = []
  const missing: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet') styleSheets.push(new URL(r.url()).pathname)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) missing.push(`${r.status()} ${new URL(r.url()).pathname}`)
  })
  await page.goto(`/print/workshops/${workshopId}/counties/${countyId}`)
  await expect(page.locator('html')).toHaveAttribute('data-print-ready', 'true')
  await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(LUEYANG)
  // Had the app's start come along, it would have rendered the app into the same root, and brought the
  // app's style sheet (its page's and its fonts' rules), which the print view does not load.
  expect(styleSheets.filter((path) => /\/assets\/(index|app)-[\w-]+\.css$/.test(path))).toEqual([])
  // Nothing it asks for is missing or refused.
  expect(missing).toEqual([])
})

test('a phone that opens the join page loads none of the facilitator’s screens', async ({ browser, hub }) => {
  const { page: phone } = await newDevice(browser, hub.url, { width: 390, height: 844 })
  const requested: string[] = []
  phone.on('request', (r) => requested.push(r.url()))
  await reloadsTo(phone, '/join', (p) =>
    expect(p.getByRole('heading', { level: 1, name: '加入县小组' })).toBeVisible(),
  )
  // The join page comes in the one script of the device's screens, the join page and the plan.
  expect(requested.some((url) => /\/assets\/device-[\w-]+\.js$/.test(url))).toBe(true)
  expect(requested.filter((url) => FACILITATOR_CHUNKS.test(url))).toEqual([])
})

test('a phone joins and writes in its plan with a handful of script files, not dozens', async ({
  browser,
  hub,
}) => {
  const { join } = await lueyangRoom(browser, hub.url)
  const { page: phone } = await newDevice(browser, hub.url, { width: 390, height: 844 })
  const scripts = new Set<string>()
  phone.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname)
  })
  await joinByLink(phone, join.url, '李娜')
  await expect(summaryEditor(phone)).toBeVisible()
  // Each file costs a phone a request and its headers on the venue Wi-Fi, 63 phones in the same minute:
  // the start, the device's pages, their Ant Design parts, their icons, and what the first step shares
  // with the print view (the bundler made 56 files of it, most of a few hundred bytes).
  expect([...scripts].length, [...scripts].join('\n')).toBeLessThanOrEqual(20)
})

test('a phone that opens the join page loads neither the error illustrations nor the facilitator’s header tools', async ({
  browser,
  hub,
}) => {
  const { page: phone } = await newDevice(browser, hub.url, { width: 390, height: 844 })
  const scripts: Promise<string>[] = []
  const urls: string[] = []
  phone.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push(response.text())
    urls.push(response.url())
  })
  await reloadsTo(phone, '/join', (p) =>
    expect(p.getByRole('heading', { level: 1, name: '加入县小组' })).toBeVisible(),
  )
  const loaded = await Promise.all(scripts)
  expect(loaded.length).toBeGreaterThan(5)
  // antd's 404 illustration (its <title>), shipped with every Result; the backups catalogue of the header.
  expect(
    loaded.some((code) => /[`'"]No Found[`'"]/.test(code)),
    'a script holds the 404 illustration',
  ).toBe(false)
  // The header's backup tools (the plan's own notice about the device's store, with the backups texts,
  // comes with the device's screens).
  expect(urls.filter((url) => /\/assets\/header-store-tools-[\w-]+\.js$/.test(url))).toEqual([])
})
