import type { Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { newDevice, openLanOnLoopback } from './support/live-join'
import { expect, test } from './support/test'
import { enterValue } from './support/enter-value'

test.use({ demo: true })

async function openConsole(page: Page): Promise<string> {
  await openLanOnLoopback(page)
  const workshopId = /\/workshops\/([^/]+)\//.exec(page.url())?.[1]
  if (!workshopId) throw new Error(`Not on a workshop page: ${page.url()}`)
  await page.goto(`/console/${workshopId}`)
  await expect(page.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible()
  return workshopId
}

test('the projector needs the console’s link, keeps it out of the address bar, and stops when it is replaced', async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  const workshopId = await openConsole(console_)

  // Without the credential the projector explains where to get it, and shows nothing of the workshop.
  const { page: stranger } = await newDevice(browser, hub.url)
  await stranger.goto(`/projector/${workshopId}`)
  await expect(stranger.getByRole('heading', { level: 1, name: '请从主持台打开投影' })).toBeVisible()
  await expect(stranger.getByText('2018 贫困县扶贫培训班')).toHaveCount(0)
  expect(await seriousViolations(stranger)).toEqual([])
  await stranger.goto(`/projector/${workshopId}#${'x'.repeat(43)}`)
  await expect(stranger.getByRole('heading', { level: 1, name: '投影链接已失效' })).toBeVisible()

  // With it: the token leaves the address bar at once, and a reload still shows the room.
  const link = (await console_.getByTestId('projector-link').innerText()).trim()
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(link)
  await expect(projector).toHaveURL(new RegExp(`/projector/${workshopId}$`))
  await expect(projector.getByRole('heading', { level: 1, name: /2018 贫困县扶贫培训班/ })).toBeVisible()
  await projector.reload()
  await expect(projector.getByRole('heading', { level: 1, name: /2018 贫困县扶贫培训班/ })).toBeVisible()

  // Near the end the timer turns amber on the projector as on the console.
  await console_
    .getByRole('navigation', { name: '议程' })
    .getByRole('button', { name: /画廊漫步/ })
    .click()
  await expect(projector.getByTestId('projector-title')).toHaveText('画廊漫步')
  for (let i = 0; i < 19; i++) await console_.getByRole('button', { name: '−1 分钟' }).click()
  await expect(projector.getByTestId('session-timer')).toHaveText('1:00')
  await console_.getByTestId('timer-toggle').click()
  const timer = projector.locator('.session-timer')
  await expect(timer).toHaveAttribute('data-urgency', 'warning')
  await expect(projector.getByTestId('session-timer-status')).toHaveText('即将结束')
  expect(await seriousViolations(projector)).toEqual([])
  await projector.screenshot({ path: 'test-results/screenshots/projector-exercise-warning-1280x720.png' })

  // Replacing the link (after a confirmation) ends the old projector's view.
  await console_.getByRole('button', { name: '更换投影链接' }).click()
  await console_.getByRole('button', { name: '更换链接' }).click()
  await expect(console_.getByText('已更换投影链接，旧链接不再有效。')).toBeVisible()
  await projector.reload()
  await expect(projector.getByRole('heading', { level: 1, name: '投影链接已失效' })).toBeVisible()
  const fresh = (await console_.getByTestId('projector-link').innerText()).trim()
  expect(fresh).not.toBe(link)
  await projector.goto(fresh)
  await expect(projector.getByTestId('projector-title')).toHaveText('画廊漫步')
})

test('the spotlight shows a county’s targets: the people to lift and how they were worked out', async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  const workshopId = await openConsole(console_)
  const link = (await console_.getByTestId('projector-link').innerText()).trim()
  const { page: projector } = await newDevice(browser, hub.url)
  await projector.goto(link)

  // The facilitator sets Lueyang's share in the plan (as a group would), then spotlights its targets.
  const counties = (await (await console_.request.get(`/api/workshops/${workshopId}/counties`)).json()) as {
    id: string
    name: string
  }[]
  const lueyang = counties.find((county) => county.name === '略阳县')!
  await console_.goto(`/plan/${workshopId}/${lueyang.id}?step=target-setting`)
  await enterValue(console_.getByLabel('带动比例（%）'), '60')
  await enterValue(console_.getByLabel('目标年份', { exact: true }), '2020')
  await console_.goto(`/console/${workshopId}`)
  await console_.getByLabel('聚焦的内容').click()
  await console_.locator('.ant-select-item-option', { hasText: '目标设定' }).click()
  await console_.getByRole('button', { name: '在投影上聚焦', exact: true }).click()

  await expect(projector.getByTestId('projector-title')).toHaveText(/略阳县\s*·\s*目标设定/)
  const headline = projector.getByTestId('projector-headline')
  await expect(headline).toContainText('19,200')
  await expect(headline).toContainText('到 2020 年')
  await expect(headline).toContainText('32,000 人 × 60% = 19,200 人')
  expect(await seriousViolations(projector)).toEqual([])
  await projector.screenshot({ path: 'test-results/screenshots/projector-spotlight-targets-1280x720.png' })
})
