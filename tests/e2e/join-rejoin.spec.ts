import { facilitatorHeaders } from './support/hub-api'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

test('after the LAN session was closed and reopened, joining again needs no typing: the code and the name are filled in', async ({
  browser,
  hub,
  page,
}) => {
  await openLanOnLoopback(page)
  const { code, url } = await readJoin(page, LUEYANG)
  const phone = await newDevice(browser, hub.url, { width: 390, height: 844 })
  await joinByLink(phone.page, url, '王伟')

  // The facilitator closes the session (every join ends) and opens it again.
  const headers = await facilitatorHeaders(page.request)
  await page.request.post('/api/lan/close', { data: {}, headers })
  await page.request.post('/api/lan/open', { data: { address: '127.0.0.1' }, headers })

  await phone.page.goto('/join')
  await expect(phone.page.getByText('本设备之前的加入已结束')).toBeVisible()
  await expect(phone.page.getByLabel('加入码')).toHaveValue(code)
  await expect(phone.page.getByText('已填入本设备上次使用的加入码。')).toBeVisible()
  await expect(phone.page.getByLabel('你的姓名')).toHaveValue('王伟')
  await phone.page.screenshot({ path: 'test-results/screenshots/join-again-390x844.png' })
  await phone.page.getByRole('button', { name: '加入', exact: true }).click()
  await expect(phone.page).toHaveURL(/\/plan\/[^/]+\/[^/]+$/)
  await expect(phone.page.getByRole('heading', { level: 1 })).toContainText(LUEYANG)
})
