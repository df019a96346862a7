import type { APIRequestContext, Browser, Page } from '@playwright/test'
import { planDocName } from '../../shared/live/doc-names'
import { planDataCard } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { planProse, proseParagraphs } from '../../shared/live/plan-doc'
import type { DataCardField } from '../../shared/exercises/county-data-card/county-data-card-schema'
import { connectLive } from '../support/live-client'
import {
  groupCard,
  joinByLink,
  joinByTyping,
  LUEYANG,
  newDevice,
  openLanOnLoopback,
  readJoin,
  saveStatus,
  summaryEditor,
  typeInSummary,
} from './support/live-join'
import { expect, test } from './support/test'
import { seriousViolations } from './support/axe'
import { enterValue } from './support/enter-value'

test.use({ demo: true })

/** The workshop and county of a plan page's address. */
function planOf(page: Page): { workshopId: string; countyId: string } {
  const match = /\/plan\/([^/]+)\/([^/]+)$/.exec(new URL(page.url()).pathname)
  if (!match?.[1] || !match[2]) throw new Error(`Not on a plan page: ${page.url()}`)
  return { workshopId: match[1], countyId: match[2] }
}

/**
 * The plan as the hub holds it, read with a real provider from Node (the facilitator token): proof that
 * what a page shows as saved reached the hub, not just the other browser.
 */
async function planOnHub(request: APIRequestContext, hubUrl: string, page: Page) {
  const { token } = (await (await request.get('/api/auth/facilitator')).json()) as { token: string }
  const { workshopId, countyId } = planOf(page)
  const client = connectLive(hubUrl, planDocName(workshopId, countyId), token)
  try {
    await client.synced
    const card = planDataCard(client.doc)
    return {
      summary: proseParagraphs(planProse(client.doc, 'situationSummary')).join('\n'),
      figure: (field: DataCardField) => card.get(field) ?? null,
    }
  } finally {
    client.destroy()
  }
}

const presenceList = (page: Page) => page.getByRole('list', { name: '正在查看此方案的人' })

test('two devices co-edit the summary with named carets; saved means on the hub; an offline device merges back', async ({
  browser,
  hub,
  request,
}) => {
  // The console in a context of its own, so axe can scan it too.
  const { context: consoleContext, page } = await newDevice(browser, hub.url)
  await openLanOnLoopback(page)
  const { code, url } = await readJoin(page, LUEYANG)
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/)
  expect(url).toBe(`${hub.url}/join#${code.replace('-', '')}`)

  const a = await newDevice(browser, hub.url)
  const b = await newDevice(browser, hub.url)
  await joinByLink(a.page, url, '王伟')
  await joinByTyping(b.page, code, '李娜')
  await expect(a.page.getByRole('heading', { level: 1 })).toContainText(LUEYANG)
  await expect(presenceList(a.page)).toContainText('王伟（你）')
  await expect(presenceList(a.page)).toContainText('李娜')
  await expect(presenceList(b.page)).toContainText('王伟')

  // A types; B sees the text appear with A's caret and name.
  await typeInSummary(a.page, '略阳乌鸡')
  await expect(summaryEditor(b.page)).toContainText('略阳乌鸡')
  await expect(b.page.locator('.collaboration-carets__label', { hasText: '王伟' })).toBeVisible()
  await expect(saveStatus(a.page)).toHaveText('已保存')
  expect((await planOnHub(request, hub.url, a.page)).summary).toContain('略阳乌鸡')
  await summaryEditor(b.page).scrollIntoViewIfNeeded()
  await b.page.screenshot({ path: 'test-results/screenshots/plan-two-people-1280x720.png' })
  expect(await seriousViolations(b.page), 'plan page').toEqual([])

  // B drops off the network, keeps typing, and says how many changes wait; A goes on meanwhile.
  await b.context.setOffline(true)
  await expect(saveStatus(b.page)).toHaveText(/^离线/)
  await typeInSummary(b.page, '，冷链')
  await expect(saveStatus(b.page)).toHaveText(/^离线 – [1-9]\d* 处修改尚未保存$/)
  await expect(b.page.getByText('可以继续编辑：修改先保存在本设备上，恢复连接后自动合并。')).toBeVisible()
  await typeInSummary(a.page, '，电商')
  await expect(saveStatus(a.page)).toHaveText('已保存')
  await expect(summaryEditor(b.page)).not.toContainText('电商')

  // Back online: both sides' edits merge on both devices and on the hub.
  await b.context.setOffline(false)
  await expect(saveStatus(b.page)).toHaveText('已保存')
  for (const device of [a, b]) {
    await expect(summaryEditor(device.page)).toContainText('冷链')
    await expect(summaryEditor(device.page)).toContainText('电商')
  }
  const merged = (await planOnHub(request, hub.url, a.page)).summary
  expect(merged).toContain('冷链')
  expect(merged).toContain('电商')

  // A reload brings everything back from the hub.
  await a.page.reload()
  await expect(summaryEditor(a.page)).toContainText('略阳乌鸡')
  await expect(summaryEditor(a.page)).toContainText('冷链')
  await expect(saveStatus(a.page)).toHaveText('已保存')

  // The facilitator sees who is in, and opens the plan from the console with the facilitator token.
  const card = groupCard(page, LUEYANG)
  await expect(card).toContainText('王伟')
  await expect(card).toContainText('李娜')
  await expect(page.getByText(/在线设备：2（1 个县）/)).toBeVisible()
  await page.screenshot({ path: 'test-results/screenshots/join-tab-1280-full.png', fullPage: true })
  expect(await seriousViolations(page), 'join tab').toEqual([])
  await card.getByRole('button', { name: '以主持人身份打开方案' }).click()
  await expect(summaryEditor(page)).toContainText('冷链')
  await expect(page.getByText('你正以主持人身份编辑此方案。')).toBeVisible()
  await expect(presenceList(page)).toContainText('主持人（你）')
  await expect(presenceList(b.page).getByText('主持人', { exact: true })).toBeVisible()
  expect(await seriousViolations(page), 'plan page of the facilitator').toEqual([])

  await a.context.close()
  await b.context.close()
  await consoleContext.close()
})

/** Two members of Lueyang's group on their own devices, 王伟 (a) and 李娜 (b), joined by the link. */
async function twoMembers(browser: Browser, hubUrl: string, facilitator: Page) {
  await openLanOnLoopback(facilitator)
  const { url } = await readJoin(facilitator, LUEYANG)
  const a = await newDevice(browser, hubUrl)
  const b = await newDevice(browser, hubUrl)
  await joinByLink(a.page, url, '王伟')
  await joinByLink(b.page, url, '李娜')
  return { a, b }
}

test('a figure typed on one device appears on the other once entered; an invalid one is explained, kept in the box and not written', async ({
  browser,
  hub,
  page,
  request,
}) => {
  const { a, b } = await twoMembers(browser, hub.url, page)

  const box = (device: Page, label: string) => device.getByLabel(label, { exact: true })
  const item = (device: Page, label: string) =>
    device.locator('.ant-form-item').filter({ has: box(device, label) })

  // The data card starts from the county's figures entered at setup.
  await expect(box(b.page, '建档立卡贫困人口（人）')).toHaveValue('42996')

  await enterValue(box(a.page, '总人口（人）'), '201900')
  await expect(box(b.page, '总人口（人）')).toHaveValue('201900')
  await expect(saveStatus(a.page)).toHaveText('已保存')
  expect((await planOnHub(request, hub.url, a.page)).figure('population')).toBe(201900)

  // "20万" is not a figure: said so, kept as typed, not written anywhere.
  await enterValue(box(a.page, '总人口（人）'), '20万')
  await expect(item(a.page, '总人口（人）')).toContainText('请输入数字。')
  await expect(item(a.page, '总人口（人）')).toContainText('未保存。目前保存的值：201,900')
  await expect(box(a.page, '总人口（人）')).toHaveValue('20万')
  await expect(box(a.page, '总人口（人）')).toHaveAttribute('aria-invalid', 'true')
  await expect(box(b.page, '总人口（人）')).toHaveValue('201900')
  expect((await planOnHub(request, hub.url, a.page)).figure('population')).toBe(201900)

  await enterValue(box(a.page, '贫困村（个）'), '-3')
  await expect(item(a.page, '贫困村（个）')).toContainText('不能为负数。')
  await enterValue(box(a.page, '建档立卡数据年份'), '1800')
  await expect(item(a.page, '建档立卡数据年份')).toContainText('年份应在 1949 到 2100 之间。')
  await enterValue(box(a.page, '贫困发生率（%）'), '120')
  await expect(item(a.page, '贫困发生率（%）')).toContainText('贫困发生率应在 0% 到 100% 之间。')

  // Someone else's change does not wipe an entry being corrected; the hint shows the new value.
  await enterValue(box(b.page, '贫困村（个）'), '85')
  await expect(item(a.page, '贫困村（个）')).toContainText('目前保存的值：85')
  await expect(box(a.page, '贫困村（个）')).toHaveValue('-3')

  // Corrected entries are written; full-width digits and grouping commas are understood.
  await enterValue(box(a.page, '总人口（人）'), '２１０,０００')
  await expect(item(a.page, '总人口（人）')).not.toContainText('请输入数字。')
  await expect(box(b.page, '总人口（人）')).toHaveValue('210000')
  await expect(box(a.page, '总人口（人）')).toHaveValue('210000')
  await enterValue(box(a.page, '贫困发生率（%）'), '12.5')
  await expect(box(b.page, '贫困发生率（%）')).toHaveValue('12.5')
  await expect(saveStatus(a.page)).toHaveText('已保存')
  const onHub = await planOnHub(request, hub.url, a.page)
  expect(onHub.figure('population')).toBe(210000)
  expect(onHub.figure('poorVillages')).toBe(85)
  expect(onHub.figure('povertyIncidence')).toBe(12.5)
  expect(onHub.figure('baselineYear')).toBeNull()

  await a.context.close()
  await b.context.close()
})

test('a number typed key by key is written only when the whole box is one: "2x01,000" never writes its 2', async ({
  browser,
  hub,
  page,
  request,
}) => {
  const { a, b } = await twoMembers(browser, hub.url, page)
  const population = (device: Page) => device.getByLabel('总人口（人）', { exact: true })
  const villages = (device: Page) => device.getByLabel('贫困村（个）', { exact: true })
  const populationItem = a.page.locator('.ant-form-item').filter({ has: population(a.page) })
  // Lueyang's setup left the population blank.
  await expect(population(b.page)).toHaveValue('')

  await population(a.page).click()
  await population(a.page).press('ControlOrMeta+A')
  await a.page.keyboard.type('2x01,000')
  await population(a.page).press('Tab')
  await expect(population(a.page)).toHaveValue('2x01,000')
  await expect(populationItem).toContainText('请输入数字。')
  await expect(populationItem).toContainText('未保存。目前保存的值：未填写')

  // Edits reach the other device in order: once it has this later one, it would have had the 2.
  await villages(a.page).fill('86')
  await villages(a.page).press('Enter')
  await expect(villages(b.page)).toHaveValue('86')
  await expect(population(b.page)).toHaveValue('')
  expect((await planOnHub(request, hub.url, a.page)).figure('population')).toBeNull()

  // Put right, key by key, it is written whole when the person moves on.
  await population(a.page).click()
  await population(a.page).press('ControlOrMeta+A')
  await a.page.keyboard.type('201,000')
  await expect(populationItem).not.toContainText('请输入数字。')
  await population(a.page).press('Tab')
  await expect(population(b.page)).toHaveValue('201000')
  await expect(population(a.page)).toHaveValue('201000')
  expect((await planOnHub(request, hub.url, a.page)).figure('population')).toBe(201000)

  // Escape gives up an entry and shows the saved figure again.
  await population(a.page).fill('999')
  await population(a.page).press('Escape')
  await expect(population(a.page)).toHaveValue('201000')

  await a.context.close()
  await b.context.close()
})

test('closing the LAN in the console ends the join on the device, which says so and links back to /join', async ({
  browser,
  hub,
  page,
}) => {
  await openLanOnLoopback(page)
  const { url } = await readJoin(page, LUEYANG)
  const a = await newDevice(browser, hub.url)
  await joinByLink(a.page, url, '王伟')
  await typeInSummary(a.page, '乌鸡')
  await expect(saveStatus(a.page)).toHaveText('已保存')

  await page.getByRole('button', { name: '关闭局域网' }).click()
  const dialog = page.getByRole('dialog', { name: '关闭局域网加入？' })
  await expect(dialog).toContainText('所有小组设备将立即断开')
  await dialog.getByRole('button', { name: '关闭并断开所有设备' }).click()
  await expect(page.getByText('未开放', { exact: true })).toBeVisible()
  await expect(groupCard(page, LUEYANG)).toContainText('开放局域网后显示二维码和加入链接。')

  await expect(a.page.getByRole('alert')).toContainText('加入已结束')
  await expect(saveStatus(a.page)).toHaveText('未保存 – 加入已结束')
  await expect(summaryEditor(a.page)).toHaveAttribute('contenteditable', 'false')
  await expect(summaryEditor(a.page)).toContainText('乌鸡')

  await a.page.getByRole('link', { name: '重新加入' }).click()
  await expect(
    a.page.getByText('本设备之前的加入已结束（主持人可能已关闭局域网会话）。请重新加入。'),
  ).toBeVisible()
  // Joining while the session is closed says so in the user's language.
  await a.page.getByLabel('加入码').fill(url.split('#')[1] ?? '')
  await a.page.getByLabel('你的姓名').fill('王伟')
  await a.page.getByRole('button', { name: '加入', exact: true }).click()
  await expect(a.page.getByRole('alert').filter({ hasText: '主持人尚未开放' })).toContainText(
    '主持人尚未开放局域网加入。请稍后再试。',
  )

  await a.context.close()
})

test('a reload while the hub is out of reach keeps the local edits and their count, and saves them once back', async ({
  browser,
  hub,
  page,
  request,
}) => {
  await openLanOnLoopback(page)
  const { url } = await readJoin(page, LUEYANG)
  const a = await newDevice(browser, hub.url)
  // The provider keeps the WebSocket class it found when the page loaded, so the route (which replaces
  // that class) is set up before the page opens; while the hub is "reachable" it passes everything on.
  let hubReachable = true
  // The socket's URL names the database generation its local copies belong to (`/live?generation=…`).
  await a.page.routeWebSocket(/\/live(\?|$)/, (socket) => {
    if (hubReachable) socket.connectToServer()
    else socket.close()
  })
  await joinByLink(a.page, url, '王伟')
  await typeInSummary(a.page, '电商')
  await expect(saveStatus(a.page)).toHaveText('已保存')

  // From now on the hub's live socket is out of reach for this device; the page itself still loads.
  hubReachable = false
  await a.context.setOffline(true)
  await typeInSummary(a.page, '，订单')
  const offline = /^离线 – ([1-9]\d*) 处修改尚未保存$/
  await expect(saveStatus(a.page)).toHaveText(offline)
  const before = offline.exec(await saveStatus(a.page).innerText())?.[1]
  await a.context.setOffline(false)
  await expect(saveStatus(a.page)).toHaveText(`离线 – ${before} 处修改尚未保存`)
  await a.page.reload()

  await expect(summaryEditor(a.page)).toContainText('电商，订单')
  await expect(saveStatus(a.page)).toHaveText(`离线 – ${before} 处修改尚未保存`)
  expect((await planOnHub(request, hub.url, a.page)).summary).not.toContain('订单')

  hubReachable = true
  // The browser's "online" event makes the page reconnect at once instead of after its backoff.
  await a.context.setOffline(true)
  await a.context.setOffline(false)
  await expect(saveStatus(a.page)).toHaveText('已保存')
  expect((await planOnHub(request, hub.url, a.page)).summary).toContain('电商，订单')
  await a.context.close()
})
