import type { Browser, BrowserContext, Page } from '@playwright/test'
import { groupCard, joinByLink, LUEYANG, newDevice, openLanOnLoopback, readJoin } from './live-join'
import { expect } from './test'

/** The facilitator opens the LAN (on loopback) and one device joins Lueyang's group by its link. */
export async function oneDeviceJoined(
  facilitator: Page,
  browser: Browser,
  baseURL: string,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  await openLanOnLoopback(facilitator)
  const { url } = await readJoin(facilitator, LUEYANG)
  const device = await newDevice(browser, baseURL)
  await joinByLink(device.page, url, name)
  return device
}

/** The facilitator closes the LAN from the Join tab, confirming that every device is disconnected. */
export async function closeLan(facilitator: Page): Promise<void> {
  await facilitator.getByRole('button', { name: '关闭局域网' }).click()
  await facilitator
    .getByRole('dialog', { name: '关闭局域网加入？' })
    .getByRole('button', { name: '关闭并断开所有设备' })
    .click()
  await expect(groupCard(facilitator, LUEYANG)).toContainText('开放局域网后显示二维码和加入链接。')
}
