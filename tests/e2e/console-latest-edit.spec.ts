import {
  joinByLink,
  LUEYANG,
  newDevice,
  openLanOnLoopback,
  readJoin,
  typeInSummary,
  saveStatus,
} from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

test("the console's latest edit comes from the hub: it survives a reload of the console and a restart of the hub", async ({
  browser,
  hub,
}) => {
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const lueyangJoin = await readJoin(console_, LUEYANG)
  const workshopId = /\/workshops\/([^/]+)\//.exec(console_.url())![1]!

  const { page: group } = await newDevice(browser, hub.url)
  await joinByLink(group, lueyangJoin.url, '王伟')
  await typeInSummary(group, '略阳乌鸡')
  await expect(saveStatus(group)).toHaveText(/已保存/)
  await group.close()

  // The hub stops and starts again (Ctrl+C, a laptop restart); the console is opened anew.
  await hub.restart()
  await console_.goto(`/console/${workshopId}`)
  const row = console_.locator(`tr[data-county="${LUEYANG}"]`)
  await expect(row.getByTestId('last-edit')).toHaveText('刚刚')
  await expect(console_.locator('tr[data-county="巴东县"]').getByTestId('last-edit')).toHaveText('尚无')
})
