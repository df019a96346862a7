import type { APIRequestContext, Browser } from '@playwright/test'
import { formatJoinCode } from '../../../shared/join/join-code'
import { hubApi } from './hub-api'
import { joinByLink, LUEYANG, newDevice } from './live-join'

/**
 * Lueyang's join code and link with the demo workshop opened to the LAN on loopback by REST, as the Join tab
 * opens it: for tests about what a group does once joined. The join specs drive the Join tab itself; this
 * spares every other test a facilitator's page (a renderer's worth of CPU on two shared cores).
 */
export async function lueyangJoinByRest(request: APIRequestContext): Promise<{ code: string; url: string }> {
  const [workshop] = await hubApi.listWorkshops(request)
  if (!workshop) throw new Error('The demo workshop is missing: the test needs `test.use({ demo: true })`.')
  await hubApi.openLan(request, '127.0.0.1')
  const { groups } = await hubApi.getJoinInfo(request, workshop.id)
  const lueyang = groups.find((group) => group.countyName === LUEYANG)
  if (!lueyang?.joinUrl) throw new Error(`The hub gave ${LUEYANG} no join link: ${JSON.stringify(groups)}`)
  return { code: formatJoinCode(lueyang.code), url: lueyang.joinUrl }
}

/** Lueyang's group of two, arranged by REST: 王伟 and 李娜 join by the link from devices of their own. */
export async function lueyangPairByRest(
  browser: Browser,
  request: APIRequestContext,
  baseURL: string,
  secondViewport?: { width: number; height: number },
) {
  const { url } = await lueyangJoinByRest(request)
  const a = await newDevice(browser, baseURL)
  const b = await newDevice(browser, baseURL, secondViewport)
  await joinByLink(a.page, url, '王伟')
  await joinByLink(b.page, url, '李娜')
  return { a, b }
}
