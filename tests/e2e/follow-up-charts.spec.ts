import { mkdirSync } from 'node:fs'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { sessionDocName } from '../../shared/live/doc-names'
import { setProjectorMode } from '../../shared/session/run-actions'
import { connectLive } from '../support/live-client'
import { seriousViolations } from './support/axe'
import { LUEYANG } from './support/live-join'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = process.env.FOLLOW_UP_SHOTS ?? 'test-results/screenshots'
const WORKSHOP = '2018 贫困县扶贫培训班（演示）'
const ROUND = '2018 年年终复盘（示例数据）'

test('the demo round shows every county on a small chart and Lueyang’s progress as SVG charts with their figures in words', async ({
  hub,
  page,
}) => {
  test.setTimeout(180_000)
  mkdirSync(SHOTS, { recursive: true })
  void hub
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, WORKSHOP, '跟踪复盘')
  await page.getByRole('button', { name: `查看${ROUND}的各县情况` }).click()

  const gallery = page.getByRole('region', { name: '各县进展一览' })
  await expect(gallery).toContainText('0 个县进展顺利，1 个县有指标落后')
  await expect(gallery.getByRole('listitem').filter({ hasText: LUEYANG })).toContainText('有指标落后')
  await expect(gallery.getByRole('listitem').filter({ hasText: LUEYANG })).toContainText('脱贫人口完成 28%')
  await expect(
    gallery.getByRole('table', { name: `${LUEYANG}：达标 2 项，未达标 2 项，待报告 0 项` }),
  ).toBeAttached()
  await expect(gallery.locator('figure svg').first()).toBeVisible()
  await gallery.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-gallery-1280x720.png` })

  await page.getByRole('button', { name: `填写${LUEYANG}的报告` }).click()
  const progress = page.getByRole('region', { name: '进展' })
  const people = progress.getByRole('table', { name: /累计脱贫人口/ })
  await expect(people).toBeAttached()
  await expect(people.getByRole('row', { name: new RegExp(ROUND) })).toContainText('5,400')
  await expect(people).toContainText('19,200')
  await expect(progress.getByRole('table', { name: '各状态的行动数' })).toContainText('滞后')
  // The pictures are SVG, drawn from the same figures, with the axis words in the UI's language.
  const svgs = progress.locator('figure svg')
  await expect(svgs.first()).toBeVisible()
  await expect(progress.locator('figure svg text', { hasText: '规划：2020 年前 19,200 人' })).toHaveCount(1)
  await progress.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-progress-1280x720.png` })
  expect(await seriousViolations(page)).toEqual([])
  await page.setViewportSize({ width: 390, height: 844 })
  await progress.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-progress-390x844.png` })

  // The county's review report, printed by the hub, named for the county and the round.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    progress.getByRole('button', { name: '下载复盘报告（PDF）' }).click(),
  ])
  expect(download.suggestedFilename()).toBe(`${LUEYANG} ${ROUND} 复盘报告.pdf`)
})

test('in English the charts’ titles, legends and tables are English', async ({ hub, page }) => {
  test.setTimeout(180_000)
  void hub
  await page.addInitScript(() => localStorage.setItem('plan-workshop.language', 'en'))
  await page.setViewportSize({ width: 1280, height: 720 })
  await openSetupTab(page, '2018 county poverty-alleviation class (demo)', 'Follow-up')
  await page.getByRole('button', { name: `See the counties of ${ROUND}` }).click()
  const gallery = page.getByRole('region', { name: 'Counties at a glance' })
  await expect(gallery).toContainText('Behind on an indicator')
  await page.getByRole('button', { name: /Enter the report of Lueyang/ }).click()
  const progress = page.getByRole('region', { name: 'Progress' })
  await expect(progress.getByRole('table', { name: /People lifted to date/ })).toContainText('5,400')
  await expect(progress.locator('figure svg text', { hasText: 'Plan: 19,200 by 2020' })).toHaveCount(1)
  await expect(progress.locator('figure svg text', { hasText: 'Actions by status' })).toHaveCount(1)
  await progress.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/follow-up-progress-en-1280x720.png` })
})

test('the console puts the latest review round on the projector: which counties are on track', async ({
  hub,
  page,
}) => {
  test.setTimeout(180_000)
  const get = async <T>(path: string) => (await (await fetch(`${hub.url}${path}`)).json()) as T
  const [workshop] = await get<ApiResponse<'listWorkshops'>>(API_ROUTES.workshops)
  const workshopId = workshop!.id
  const { token } = await get<ApiResponse<'facilitatorToken'>>(API_ROUTES.facilitatorToken)
  const link = (await (
    await fetch(`${hub.url}${apiPath(API_ROUTES.projectorLink, { workshopId })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    })
  ).json()) as ApiResponse<'projectorLink'>
  const session = connectLive(hub.url, sessionDocName(workshopId), token)
  try {
    await session.synced
    setProjectorMode(session.doc, 'follow-up')
    await session.saved()
    await page.setViewportSize({ width: 1280, height: 720 })
    // With the projector's own credential, which may read the rounds and their overview.
    await page.goto(`/projector/${workshopId}#${link.token}`)
    await expect(page.getByRole('heading', { name: ROUND })).toBeVisible()
    const gallery = page.getByRole('region', { name: '各县进展一览' })
    await expect(gallery).toContainText('0 个县进展顺利，1 个县有指标落后')
    await expect(gallery.getByRole('listitem').filter({ hasText: LUEYANG })).toContainText('脱贫人口完成 28%')
    await expect(gallery.locator('figure svg')).toHaveCount(1)
    await page.screenshot({ path: `${SHOTS}/projector-follow-up-1280x720.png` })
    expect(await seriousViolations(page)).toEqual([])
  } finally {
    session.destroy()
  }
})
