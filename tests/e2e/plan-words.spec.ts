import { seriousViolations } from './support/axe'
import { demoPlanPath } from './support/demo-plan'
import { closeLan, oneDeviceJoined } from './support/lan-session'
import { saveStatus } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

test('the resource search’s clear button is named in words, in the language shown', async ({ page }) => {
  await page.goto(`${await demoPlanPath(page)}?step=resource-matching`)
  const search = page.getByLabel('搜索资源')
  await search.fill('电商')
  const clear = page.locator('.matching-catalogue').getByRole('button', { name: '清除搜索', exact: true })
  await expect(clear).toBeVisible()
  expect(await seriousViolations(page), 'resource matching with a search').toEqual([])

  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(page.getByRole('button', { name: 'Clear the search', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Clear the search', exact: true }).click()
  await expect(page.getByLabel('Search resources')).toHaveValue('')
})

test('after switching to English, the hidden save status speaks English too', async ({
  browser,
  hub,
  page,
}) => {
  const device = await oneDeviceJoined(page, browser, hub.url, '王伟')
  await expect(saveStatus(device.page)).toHaveText('已保存')

  // The facilitator closes the LAN: the device's join ends, which its screen reader hears.
  await closeLan(page)
  const spoken = device.page.locator('.save-status [role="status"]')
  await expect(saveStatus(device.page)).toHaveText('未保存 – 加入已结束')
  await expect(spoken).toHaveText('未保存 – 加入已结束')

  await device.page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(saveStatus(device.page)).toHaveText('Not saved – join ended')
  await expect(spoken).toHaveText('Not saved – join ended')
  await device.context.close()
})
