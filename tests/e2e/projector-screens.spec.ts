import type { Page } from '@playwright/test'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addIndicator, setIndicatorTarget } from '../../shared/exercises/target-setting/target-setting-doc'
import { setProjectorMode, showSpotlight } from '../../shared/session/run-actions'
import { connectLive, type LiveClient } from '../support/live-client'
import { fillLueyangPlan } from '../support/lueyang-plan'
import { seriousViolations } from './support/axe'
import { LUEYANG, newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

/** The demo workshop as the facilitator's own scripts see it: ids, the token, and the projector link. */
async function room(hubUrl: string) {
  const get = async <T>(path: string) => (await (await fetch(`${hubUrl}${path}`)).json()) as T
  const [workshop] = await get<ApiResponse<'listWorkshops'>>(API_ROUTES.workshops)
  const workshopId = workshop!.id
  const counties = await get<ApiResponse<'listCounties'>>(apiPath(API_ROUTES.counties, { workshopId }))
  const { token } = await get<ApiResponse<'facilitatorToken'>>(API_ROUTES.facilitatorToken)
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` }
  const link = (await (
    await fetch(`${hubUrl}${apiPath(API_ROUTES.projectorLink, { workshopId })}`, {
      method: 'POST',
      headers,
      body: '{}',
    })
  ).json()) as ApiResponse<'projectorLink'>
  await fetch(`${hubUrl}${API_ROUTES.lanOpen}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ address: '127.0.0.1' }),
  })
  return { workshopId, counties, token, projectorUrl: `/projector/${workshopId}#${link.token}` }
}

/** How many lines a text element's words fill. */
const lineCount = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    }),
  )

test('the projector at 1280×720: every indicator is shown or counted, join codes never break, and the gallery says its total once', async ({
  browser,
  hub,
}) => {
  const { workshopId, counties, token, projectorUrl } = await room(hub.url)
  const lueyang = counties.find((county) => county.name === LUEYANG)!
  const clients: LiveClient[] = []
  try {
    // Lueyang's plan with five indicators that have targets.
    const plan = connectLive(hub.url, planDocName(workshopId, lueyang.id), token)
    const session = connectLive(hub.url, sessionDocName(workshopId), token)
    clients.push(plan, session)
    await Promise.all([plan.synced, session.synced])
    fillLueyangPlan(plan.doc)
    for (const [name, value] of [
      ['乌鸡网店销售额', 600],
      ['参与合作社的贫困户', 2000],
      ['电商培训人次', 1500],
      ['村级电商服务站', 20],
    ] as const) {
      const id = addIndicator(plan.doc, { name, unit: '个' })
      setIndicatorTarget(plan.doc, id, 2020, value)
    }
    await plan.saved()

    const { page: projector } = await newDevice(browser, hub.url)
    await projector.goto(projectorUrl)

    showSpotlight(session.doc, { countyId: lueyang.id, kind: 'target-setting' })
    await session.saved()
    const indicators = projector.locator('.projector-indicators li')
    await expect(indicators).toHaveCount(4)
    await expect(indicators.nth(0)).toContainText('通过电商合作脱贫人口')
    await expect(indicators.nth(3)).toHaveText('还有 2 条')
    expect(await seriousViolations(projector)).toEqual([])
    await projector.screenshot({ path: 'test-results/screenshots/projector-screens-targets-1280x720.png' })

    setProjectorMode(session.doc, 'join')
    await session.saved()
    await expect(projector.getByTestId('projector-join-code')).toHaveCount(counties.length)
    await expect(projector.locator('.projector-join-qr')).toHaveCount(counties.length)
    expect(await lineCount(projector, 'projector-join-code')).toEqual(counties.map(() => 1))
    // Each code ends before its QR code begins, and every code is as wide as any other, so a code
    // of the widest letters (WWW-WWW) fits as well as these random ones.
    const widths = new Set<number>()
    for (const card of await projector.locator('.projector-join-card').all()) {
      const code = card.getByTestId('projector-join-code')
      const box = (await code.boundingBox())!
      const qr = (await card.locator('.projector-join-qr').boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(qr.x)
      widths.add(
        await code.evaluate((element) => {
          const range = document.createRange()
          range.selectNodeContents(element)
          return Math.round(range.getBoundingClientRect().width)
        }),
      )
    }
    expect(widths.size).toBe(1)
    await expect(projector.locator('.projector-join-url')).toBeInViewport({ ratio: 1 })
    expect(await seriousViolations(projector)).toEqual([])
    await projector.screenshot({ path: 'test-results/screenshots/projector-screens-join-1280x720.png' })

    setProjectorMode(session.doc, 'gallery')
    await session.saved()
    await expect(projector.getByTestId('gallery-total')).toHaveText(
      `合计 19,200 人 · ${counties.length} 个县中 1 个已设定目标`,
    )
    await projector.screenshot({ path: 'test-results/screenshots/projector-screens-gallery-1280x720.png' })

    // In English too, every county is on screen, and every bar is drawn on the same length.
    await projector.evaluate(() => window.localStorage.setItem('plan-workshop.language', 'en'))
    await projector.reload()
    await expect(projector.getByTestId('gallery-total')).toHaveText(
      `Total 19,200 people · targets set by 1 of ${counties.length} counties`,
    )
    const rows = projector.locator('.projector-gallery-row')
    await expect(rows).toHaveCount(counties.length)
    for (const row of await rows.all()) await expect(row).toBeInViewport({ ratio: 1 })
    const bars = await projector
      .locator('.projector-gallery-bar')
      .evaluateAll((svgs) => svgs.map((svg) => Math.round(svg.getBoundingClientRect().width)))
    expect(new Set(bars).size).toBe(1)
    expect(await seriousViolations(projector)).toEqual([])
    await projector.screenshot({ path: 'test-results/screenshots/projector-screens-gallery-en-1280x720.png' })
  } finally {
    clients.forEach((client) => client.destroy())
  }
})
