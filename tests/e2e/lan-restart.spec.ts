import Database from 'better-sqlite3'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../../electron/hub/store/open-database'
import { newDevice, openLanOnLoopback } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

/** An address from the documentation range: no machine running these tests has it. */
const GONE_ADDRESS = '198.51.100.7'

test('after a hub restart the LAN is open again, or the console and the Join tab say the room is disconnected', async ({
  browser,
  hub,
}) => {
  const { page } = await newDevice(browser, hub.url)
  await openLanOnLoopback(page)
  const joinTab = page.url()
  const workshopId = /\/workshops\/([^/]+)\//.exec(joinTab)![1]!

  // Ctrl+C and start again: the session is open to the LAN where it was.
  await hub.restart()
  await page.goto(joinTab)
  await expect(page.getByText('已开放', { exact: true })).toBeVisible()
  await expect(page.getByTestId('room-disconnected')).toHaveCount(0)

  // The laptop comes back on another network: the address the session was open on is gone.
  await hub.stop()
  const db = new Database(join(hub.dataDir, DATABASE_FILE_NAME))
  expect(db.prepare("SELECT value FROM hub_settings WHERE key = 'lan-port'").pluck().get()).toBe(
    String(hub.port),
  )
  db.prepare("UPDATE hub_settings SET value = ? WHERE key = 'lan-address'").run(GONE_ADDRESS)
  db.close()
  await hub.start()

  await page.goto(`/console/${workshopId}`)
  const notice = page.getByTestId('room-disconnected')
  await expect(notice).toContainText('现场已断开')
  await expect(notice).toContainText(GONE_ADDRESS)
  await page.screenshot({ path: 'test-results/screenshots/console-room-disconnected-1280x720.png' })

  await page.goto(joinTab)
  await expect(page.getByTestId('room-disconnected')).toContainText('现场已断开')
  await page.screenshot({ path: 'test-results/screenshots/join-tab-room-disconnected-1280x720.png' })

  // From the console, the notice leads to the Join tab's switch; reopening clears it.
  await page.goto(`/console/${workshopId}`)
  await notice.getByRole('button', { name: '去重新开放局域网' }).click()
  const joinPanel = page.getByRole('tabpanel', { name: '加入' })
  await joinPanel.getByRole('radio', { name: /本机（仅供测试）/ }).check()
  await joinPanel.getByRole('button', { name: '开放局域网' }).click()
  await expect(joinPanel.getByText('已开放', { exact: true })).toBeVisible()
  await expect(page.getByTestId('room-disconnected')).toHaveCount(0)
})
