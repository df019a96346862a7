import type { APIRequestContext } from '@playwright/test'
import type { ApiResponse } from '../../shared/api/api-types'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { seriousViolations } from './support/axe'
import { facilitatorHeaders } from './support/hub-api'
import { joinByLink, LUEYANG, lueyangRoom, newDevice } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = '/work/notes/shots/i15-rest'

/** The facilitator corrects Lueyang's names (the console's own request context, with its token). */
async function correctLueyang(
  request: APIRequestContext,
  workshopId: string,
  names: { name?: string; nameEn?: string },
): Promise<void> {
  const counties = (await (
    await request.get(apiPath(API_ROUTES.counties, { workshopId }))
  ).json()) as ApiResponse<'listCounties'>
  const {
    id,
    createdAt: _created,
    updatedAt: _updated,
    ...lueyang
  } = counties.find((county) => county.name === LUEYANG)! as ApiResponse<'listCounties'>[number] & {
    createdAt?: string
    updatedAt?: string
  }
  const renamed = await request.put(apiPath(API_ROUTES.county, { workshopId, countyId: id }), {
    data: { ...lueyang, ...names },
    headers: await facilitatorHeaders(request),
  })
  expect(renamed.ok()).toBe(true)
}

test('a comment the hub refuses is explained in the drawer, with its words to copy back', async ({
  browser,
  hub,
}) => {
  const { console_, join, workshopId } = await lueyangRoom(browser, hub.url)
  const { page: device } = await newDevice(browser, hub.url)
  const askedWhoItIs = device.waitForResponse((response) => response.url().endsWith(API_ROUTES.me))
  await joinByLink(device, join.url, '王伟')
  // The plan page asked the hub for the county's names once, before the correction below.
  await askedWhoItIs

  // The facilitator corrects the county's English name while the device is open: the device still
  // signs with the old one, which the hub no longer vouches for.
  await correctLueyang(console_.request, workshopId, { nameEn: 'Lueyang' })

  await device.getByRole('button', { name: '评论' }).click()
  const drawer = device.getByRole('dialog', { name: '对本方案的评论' })
  await drawer.getByLabel('评论内容').fill('冷链建设的资金从哪里来？')
  await drawer.getByRole('button', { name: '发表评论' }).click()
  const notice = drawer.getByTestId('refused-writes')
  await expect(notice).toContainText('评论只能以本设备所在县的名义发表')
  await expect(notice).toContainText('请重新打开本页（刷新）后再发表')
  await expect(notice).toContainText('冷链建设的资金从哪里来？')
  await expect(drawer.locator('.comment-thread')).toHaveCount(0)
  expect(await seriousViolations(device)).toEqual([])
  await device.screenshot({ path: `${SHOTS}/comment-refused-1280x720.png` })

  // Joined again, the device signs with the county's names as they are now, and the comment stands.
  await joinByLink(device, join.url, '王伟')
  await device.getByRole('button', { name: '评论' }).click()
  await drawer.getByLabel('评论内容').fill('冷链建设的资金从哪里来？')
  await drawer.getByRole('button', { name: '发表评论' }).click()
  await expect(drawer.locator('.comment-thread')).toContainText('冷链建设的资金从哪里来？')
  await expect(notice).toHaveCount(0)
})

test("a device that opens its plan after the county's name was corrected shows and signs with the new name", async ({
  browser,
  hub,
}) => {
  const { console_, join, workshopId } = await lueyangRoom(browser, hub.url)
  const { page: device } = await newDevice(browser, hub.url, { width: 390, height: 844 })
  const askedWhoItIs = device.waitForResponse((response) => response.url().endsWith(API_ROUTES.me))
  await joinByLink(device, join.url, '王伟')
  await askedWhoItIs
  await expect(
    device.getByRole('heading', { level: 1, name: `${LUEYANG} Lueyang County`, exact: true }),
  ).toBeVisible()

  await correctLueyang(console_.request, workshopId, { name: '略阳' })

  // A reload (a phone that slept, a tab opened again) asks the hub who the device is, names included.
  await device.reload()
  await expect(
    device.getByRole('heading', { level: 1, name: '略阳 Lueyang County', exact: true }),
  ).toBeVisible()
  await device.getByRole('button', { name: '评论' }).click()
  const drawer = device.getByRole('dialog', { name: '对本方案的评论' })
  await drawer.getByLabel('评论内容').fill('电商培训请县里牵头。')
  await drawer.getByRole('button', { name: '发表评论' }).click()
  await expect(drawer.locator('.comment-thread')).toContainText('电商培训请县里牵头。')
  await expect(drawer.locator('.comment-thread')).toContainText('略阳')
  await expect(drawer.getByTestId('refused-writes')).toHaveCount(0)
})
