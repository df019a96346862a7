import type { Page } from '@playwright/test'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { setExerciseLocked } from '../../shared/session/run-actions'
import { connectLive } from '../support/live-client'
import { joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin, saveStatus } from './support/live-join'
import { openStep } from './support/plan-navigator'
import { addSwotCard, swotBoard } from './support/swot-steps'
import { expect, test } from './support/test'

test.use({ demo: true })

function planOf(page: Page): { workshopId: string; countyId: string } {
  const match = /\/plan\/([^/]+)\/([^/]+)$/.exec(new URL(page.url()).pathname)
  if (!match?.[1] || !match[2]) throw new Error(`Not on a plan page: ${page.url()}`)
  return { workshopId: match[1], countyId: match[2] }
}

test('a device that wrote into an exercise offline, locked meanwhile, says on return what was not accepted, with the text to copy', async ({
  browser,
  hub,
  request,
}) => {
  const { page: console } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console)
  const { url } = await readJoin(console, LUEYANG)
  const device = await newDevice(browser, hub.url)
  await joinByLink(device.page, url, '王伟')
  await device.page.goto(`${device.page.url()}?step=swot`)
  await openStep(device.page, /SWOT 分析/)
  const { workshopId, countyId } = planOf(device.page)

  // Offline, the official adds a card; meanwhile the facilitator locks SWOT for every group.
  await device.context.setOffline(true)
  await expect(saveStatus(device.page)).toHaveText(/^离线/)
  const text = '略阳乌鸡：离线时写下的优势，锁定后才连回'
  await addSwotCard(device.page, 'strengths', text)
  const { token } = (await (await request.get('/api/auth/facilitator')).json()) as { token: string }
  const session = connectLive(hub.url, sessionDocName(workshopId), token)
  await session.synced
  setExerciseLocked(session.doc, 'swot', null, true)
  await session.saved()
  session.destroy()

  // Back online: the hub refused the card; the device says so, in words, with the text to copy.
  await device.context.setOffline(false)
  const notice = device.page.getByTestId('refused-writes')
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('有修改没有被接受')
  await expect(notice).toContainText(
    '“SWOT 分析”现在不能编辑（主持人已锁定，或时间已到），以下修改没有保存。',
  )
  await expect(notice.getByRole('textbox', { name: '未保存的内容 1' })).toHaveValue(text)
  await expect(saveStatus(device.page)).toHaveText('已保存')
  await expect.poll(async () => (await swotBoard(device.page)).strengths).toEqual([])

  const reader = connectLive(hub.url, planDocName(workshopId, countyId), token)
  await reader.synced
  expect(readPlan(reader.doc).swot).toEqual([])
  reader.destroy()

  await notice.getByRole('button', { name: '复制' }).click()
  await expect(notice.getByRole('status')).toHaveText(/已复制|请手动复制/)
  await notice.scrollIntoViewIfNeeded()
  await device.page.screenshot({ path: 'test-results/screenshots/refused-writes-1280x720.png' })
  await device.page.setViewportSize({ width: 390, height: 844 })
  await notice.scrollIntoViewIfNeeded()
  await device.page.screenshot({ path: 'test-results/screenshots/refused-writes-390x844.png' })

  await notice.getByRole('button', { name: '知道了' }).click()
  await expect(notice).toHaveCount(0)
  await device.context.close()
})
