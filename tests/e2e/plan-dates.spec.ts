import type { Locator, Page } from '@playwright/test'
import { actionCard, addAction } from './support/action-steps'
import { joinByLink, newDevice } from './support/live-join'
import { openStep } from './support/plan-navigator'
import { expect, test } from './support/test'
import { lueyangJoinByRest } from './support/lan-by-rest'

test.use({ demo: true })

/** Opens an action's card on a device that did not add it (cards start closed there). */
async function openCard(page: Page, title: string): Promise<Locator> {
  const card = actionCard(page, title)
  const toggle = card.locator('.action-card-toggle')
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  return card
}

/** Types into a date box key by key, as a person does, from an empty box. */
async function typeDate(page: Page, box: Locator, keys: string): Promise<void> {
  await box.click()
  await box.press('ControlOrMeta+A')
  await box.press('Backspace')
  await page.keyboard.type(keys)
}

test('a plan date is typed key by key, pasted or picked, shown YYYY-MM-DD in both languages, and reaches the other device only once complete', async ({
  browser,
  hub,
  request,
}) => {
  test.setTimeout(180_000)
  const { url } = await lueyangJoinByRest(request)
  const a = await newDevice(browser, hub.url)
  const b = (await newDevice(browser, hub.url)).page
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await joinByLink(a.page, url, '王伟')
  await joinByLink(b, url, '李娜')
  const page = a.page

  await openStep(page, /行动计划/)
  await addAction(page, '乌鸡电商销售')
  const chicken = actionCard(page, '乌鸡电商销售')
  await openStep(b, /行动计划/)
  const chickenOnB = await openCard(b, '乌鸡电商销售')
  const start = chicken.getByLabel('开始日期')
  const end = chicken.getByLabel('结束日期')

  // Typed key by key: the box keeps every in-between text, and an unfinished date says so when left.
  await typeDate(page, start, '2018-06-0')
  await expect(start).toHaveValue('2018-06-0')
  await start.press('Tab')
  await expect(start).toHaveValue('2018-06-0')
  const unfinished = '请输入完整的日期，如 2020-12-31 或 20201231。'
  await expect(start).toHaveAccessibleDescription(
    /^请输入完整的日期，如 2020-12-31 或 20201231。\s*未保存。目前保存的值：未填写$/,
  )

  // Edits reach the other device in order: once it has this later one, it would have had a half date.
  await chicken.getByLabel('牵头负责单位').fill('县商务局')
  await expect(chickenOnB.getByLabel('牵头负责单位')).toHaveValue('县商务局')
  await expect(chickenOnB.getByLabel('开始日期')).toHaveValue('')

  // The last key completes the date; Enter writes it, and the warning goes.
  await start.click()
  await start.press('End')
  await page.keyboard.type('1')
  await start.press('Enter')
  await expect(start).toHaveValue('2018-06-01')
  await expect(chickenOnB.getByLabel('开始日期')).toHaveValue('2018-06-01')
  await expect(chicken.getByText(unfinished)).toBeHidden()

  // Digits alone are read as year, month and day, and shown the one way; leaving the box writes it too.
  await typeDate(page, end, '20201231')
  await end.press('Tab')
  await expect(end).toHaveValue('2020-12-31')
  await expect(chickenOnB.getByLabel('结束日期')).toHaveValue('2020-12-31')

  // Retyping a date over another never writes the years on the way (0002, 0020, 0201).
  await typeDate(page, end, '2019-12-31')
  await end.press('Enter')
  await expect(chickenOnB.getByLabel('结束日期')).toHaveValue('2019-12-31')
  await expect(chicken.getByText('结束日期早于开始日期，请检查。')).toBeHidden()

  await expect(start).toHaveAttribute('placeholder', '例：2020-12-31')

  // Pasted.
  await chicken.getByRole('button', { name: '添加关键节点' }).click()
  await chicken.getByLabel('关键节点 1：名称').fill('首批乌鸡产品网上销售')
  const milestone = chicken.getByLabel('关键节点 1：日期')
  await page.evaluate(() => navigator.clipboard.writeText('2019-03-01'))
  await milestone.click()
  await milestone.press('ControlOrMeta+V')
  await milestone.press('Enter')
  await expect(milestone).toHaveValue('2019-03-01')
  await expect(chickenOnB.getByLabel('关键节点 1：日期')).toHaveValue('2019-03-01')

  // Picked from the calendar, which opens at the date in the box.
  await start.click()
  const calendar = page.locator('.ant-picker-dropdown:visible')
  await calendar.locator('td[title="2018-06-15"]').click()
  await expect(calendar).toHaveCount(0)
  await expect(start).toHaveValue('2018-06-15')
  await expect(chickenOnB.getByLabel('开始日期')).toHaveValue('2018-06-15')
  await chicken.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/plan-dates-1280x720.png' })

  // Emptied, the date is cleared for everyone.
  await typeDate(page, milestone, '')
  await milestone.press('Tab')
  await expect(chickenOnB.getByLabel('关键节点 1：日期')).toHaveValue('')

  // In English the same dates, written the same way; typing works the same.
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  const startEn = chicken.getByLabel('Start date')
  await expect(startEn).toHaveValue('2018-06-15')
  await expect(chicken.getByLabel('End date')).toHaveValue('2019-12-31')
  const milestoneEn = chicken.getByLabel('Milestone 1: date')
  await expect(milestoneEn).toHaveAttribute('placeholder', 'e.g. 2020-12-31')
  await typeDate(page, milestoneEn, '2019030')
  await milestoneEn.press('Tab')
  await expect(milestoneEn).toHaveAccessibleDescription(
    /^Enter a whole date, such as 2020-12-31 or 20201231\.\s*Not saved\. Saved value: none$/,
  )
  await typeDate(page, milestoneEn, '20190301')
  await milestoneEn.press('Enter')
  await expect(milestoneEn).toHaveValue('2019-03-01')
  await expect(chickenOnB.getByLabel('关键节点 1：日期')).toHaveValue('2019-03-01')
  await page.screenshot({ path: 'test-results/screenshots/plan-dates-en-1280x720.png' })
})
