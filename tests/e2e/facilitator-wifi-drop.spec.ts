import { hubApi } from './support/hub-api'
import { newDevice, saveStatus } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

/**
 * The venue Wi-Fi drops: the devices lose the hub (live-plan.spec.ts), but the facilitator's windows on
 * the hub's own laptop do not, and the console must go on driving the projector. The browser still says
 * "offline" (it follows the laptop's network), which the console must not take for its own connection.
 */
test('the console on the hub’s laptop keeps its connection when the laptop’s Wi-Fi drops', async ({
  browser,
  hub,
  request,
}) => {
  const [workshop] = await hubApi.listWorkshops(request)
  const { page: console_ } = await newDevice(browser, hub.url)
  const { page: second } = await newDevice(browser, hub.url)
  for (const page of [console_, second]) {
    await page.goto(`/console/${workshop!.id}`)
    await expect(page.getByRole('heading', { level: 2, name: '当前环节' })).toBeVisible()
  }
  await expect(saveStatus(console_)).toHaveText('已保存')

  await console_.evaluate(() => window.dispatchEvent(new Event('offline')))
  await console_.getByLabel('发给所有小组设备和投影的消息').fill('请各组回到座位')
  await console_.getByRole('button', { name: '发送', exact: true }).click()
  await expect(second.getByText('请各组回到座位')).toBeVisible()
  await expect(saveStatus(console_)).toHaveText('已保存')
})
