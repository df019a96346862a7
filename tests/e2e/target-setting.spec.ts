import type { Locator, Page } from '@playwright/test'
import { joinByLink, newDevice } from './support/live-join'
import { chooseOption } from './support/antd-select'
import { enterValue } from './support/enter-value'
import { seriousViolations } from './support/axe'
import { scrollToHeading, stepLink } from './support/plan-navigator'
import { indicatorCell, indicatorRows, peopleLifted } from './support/target-steps'
import { expect, test } from './support/test'
import { lueyangJoinByRest, lueyangPairByRest } from './support/lan-by-rest'

test.use({ demo: true })

const targetStep = (page: Page): Locator => stepLink(page, /目标设定/)

const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

test('Lueyang sets its targets: 60% of 32,000 is 19,200, warnings next to the field, the table shared and kept, in both languages', async ({
  browser,
  hub,
  request,
}) => {
  test.setTimeout(180_000)
  const {
    a: { page: a },
    b: { page: b },
  } = await lueyangPairByRest(browser, request, hub.url)

  await targetStep(a).click()
  await expect(a).toHaveURL(/\?step=target-setting$/)
  await expect(a.getByRole('heading', { level: 2, name: '目标设定' })).toBeVisible()
  await targetStep(b).click()

  // The base comes from the data card until someone types one: 32,000 people still poor in 2018.
  const base = a.getByLabel('贫困人口基数（人）')
  await expect(base).toHaveValue('')
  await expect(base).toHaveAttribute('placeholder', '32,000')
  await expect(a.getByText('来自数据卡：现有贫困人口（2018 年）')).toBeVisible()
  await expect(peopleLifted(a)).toContainText('填写带动比例后得出')

  const share = a.getByLabel('带动比例（%）')
  await enterValue(share, '60')
  await expect(peopleLifted(a)).toHaveText(/可带动脱贫\s*19,200\s*人/)
  await expect(peopleLifted(b)).toHaveText(/19,200/)

  // A share above 100% is kept (the group may be mid-way through fixing it) and flagged beside the box.
  await enterValue(share, '120')
  await expect(share).toHaveValue('120')
  await expect(a.getByText('比例为 120%，不能超过 100%。')).toBeVisible()
  await expect(share).toHaveAccessibleDescription(/比例为 120%，不能超过 100%。/)
  await expect(peopleLifted(a)).toHaveText(/38,400/)
  await expect(b.getByLabel('带动比例（%）')).toHaveValue('120')
  await expect(b.getByText('比例为 120%，不能超过 100%。')).toBeVisible()
  await enterValue(share, '60')
  await expect(a.getByText('比例为 120%，不能超过 100%。')).toBeHidden()
  await expect(peopleLifted(a)).toHaveText(/19,200/)

  // Income per household against the gap to the poverty line of the target year (2018's 2,995 yuan applies).
  await enterValue(a.getByLabel('目标年份', { exact: true }), '2020')
  await enterValue(a.getByLabel('年销量（只、件）'), '60000')
  await enterValue(a.getByLabel('每单位利润（元）'), '75')
  await enterValue(a.getByLabel('参与户数（户）'), '5000')
  const income = a.locator('.benefit-result-output').filter({ hasText: '每户每年增收' })
  await expect(income).toHaveText(/900\s*元/)
  await expect(a.getByLabel('户均人口（人）')).toHaveAttribute('placeholder', '3.2')
  await expect(a.getByText('来自数据卡：42,996 人 ÷ 13,255 户')).toBeVisible()
  await enterValue(a.getByLabel('现人均收入（元/年）'), '2500')
  await expect(a.getByText('2,995 元/人·年')).toBeVisible()
  await expect(a.getByText('495 × 3.2 = 1,584 元')).toBeVisible()
  const shortfall = '每户增收 900 元，不足以弥补每户与贫困线 1,584 元的差距。'
  await expect(a.getByText(shortfall)).toBeVisible()
  await expect(a.locator('.benefit-verdict')).toHaveText(
    '每户增收 900 元，少于每户差距 1,584 元：还不能越过贫困线。',
  )
  await enterValue(a.getByLabel('参与户数（户）'), '2000')
  await expect(income).toHaveText(/2,250\s*元/)
  await expect(a.getByText(shortfall)).toBeHidden()
  await expect(a.locator('.benefit-verdict')).toHaveText(
    '每户增收 2,250 元，不少于每户差距 1,584 元：能够越过贫困线。',
  )

  // The period is not set yet: the step offers one from the data card's year.
  await a.getByRole('button', { name: '设为 2018–2020 年' }).click()
  await expect(a.getByLabel('开始年份')).toHaveValue('2018')
  await expect(a.getByLabel('结束年份')).toHaveValue('2020')

  // The calculator's figure becomes the first indicator, with its target in the target year.
  await expect(a.getByText('新增“脱贫人口”指标：2020 年目标 19,200 人。')).toBeVisible()
  await a.getByRole('button', { name: '加入指标表' }).click()
  await expect(a.getByText('指标表第 1 行已有脱贫人口指标。')).toBeVisible()
  await expect(indicatorCell(a, '指标名称', 1)).toHaveValue('脱贫人口')
  await expect(indicatorCell(a, '2020 年目标', 1)).toHaveValue('19200')
  await expect(indicatorCell(a, '基线值', 1)).toHaveValue('32000')

  // Its other annual targets and its owner, typed in the table; a figure that is not one is not saved.
  await enterValue(indicatorCell(a, '2018 年目标', 1), '6000')
  await enterValue(indicatorCell(a, '2019 年目标', 1), '7千')
  await expect(a.getByText('请输入数字。')).toBeVisible()
  await enterValue(indicatorCell(a, '2019 年目标', 1), '40000')
  await expect(a.getByText('请输入数字。')).toBeHidden()
  // Above the row's own baseline (the 32,000 still poor), though below the 42,996 ever registered.
  const above = '目标 40,000 超过了基数 32,000，请核对这两个数字。'
  await expect(indicatorCell(a, '2019 年目标', 1)).toHaveAccessibleDescription(above)
  await enterValue(indicatorCell(a, '2019 年目标', 1), '7000')
  await expect(a.getByText(above)).toHaveCount(0)
  await indicatorCell(a, '责任单位', 1).fill('县扶贫办')
  await indicatorCell(a, '核查来源', 1).fill('建档立卡信息系统')

  // A second indicator, added by hand; without a responsible unit it is flagged next to that box.
  await a.getByRole('button', { name: '添加指标' }).click()
  await expect(indicatorCell(a, '指标名称', 2)).toBeFocused()
  await a.keyboard.type('贫困村退出')
  await chooseOption(a, indicatorCell(a, '类别', 2), '贫困村退出')
  await expect(indicatorCell(a, '单位', 2)).toHaveValue('个')
  await enterValue(indicatorCell(a, '2019 年目标', 2), '3')
  const warning = '指标“贫困村退出”尚未填写责任单位。'
  await expect(indicatorCell(a, '责任单位', 2)).toHaveAccessibleDescription(warning)
  await expect(b.locator('.indicator-table').getByText(warning)).toBeVisible()
  // Gathered above the table too, where it leads to the box even when that column is scrolled away.
  const toCheck = a.getByRole('region', { name: '有 1 处需要核对' })
  await expect(toCheck).toContainText(warning)
  await toCheck.getByRole('button', { name: '第 2 行 · 责任单位' }).click()
  await expect(indicatorCell(a, '责任单位', 2)).toBeFocused()

  // Reordered by keyboard: the move is announced and the focus stays with the moved row.
  await a.getByRole('button', { name: '上移第 2 行：贫困村退出' }).focus()
  await a.keyboard.press('Enter')
  await expect(a.locator('.indicator-section > [role="status"]')).toHaveText('“贫困村退出”已移到第 1 行。')
  await expect(a.getByRole('button', { name: '下移第 1 行：贫困村退出' })).toBeFocused()
  await a.keyboard.press('Enter')
  await expect(a.getByRole('button', { name: '上移第 2 行：贫困村退出' })).toBeFocused()

  // Delete asks first.
  await a.getByRole('button', { name: '添加指标' }).click()
  await a.keyboard.type('临时指标')
  await a.getByRole('button', { name: '删除第 3 行：临时指标' }).click()
  await a
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s?除$/ })
    .click()
  await expect(a.locator('.indicator-row')).toHaveCount(2)

  const expected = [
    ['脱贫人口', '6000', '7000', '19200', '县扶贫办'],
    ['贫困村退出', '', '3', '', ''],
  ]
  const columns = ['2018 年目标', '2019 年目标', '2020 年目标', '责任单位']
  await expect.poll(() => indicatorRows(a, columns)).toEqual(expected)
  // The other device has the same table, and its own warnings.
  await expect.poll(() => indicatorRows(b, columns)).toEqual(expected)
  await expect(b.locator('.indicator-table').getByText(warning)).toBeVisible()

  // A reload brings it all back from the hub.
  await a.reload()
  await expect(a).toHaveURL(/\?step=target-setting$/)
  await expect.poll(() => indicatorRows(a, columns)).toEqual(expected)
  await expect(a.getByLabel('带动比例（%）')).toHaveValue('60')
  await expect(peopleLifted(a)).toHaveText(/19,200/)
  await expect(a.locator('.indicator-table').getByText(warning)).toBeVisible()

  await scrollToHeading(a, 'benefit-heading')
  await a.screenshot({ path: 'test-results/screenshots/target-setting-1280x720.png' })
  await scrollToHeading(a, 'indicator-table-heading')
  await a.screenshot({ path: 'test-results/screenshots/target-setting-table-1280x720.png' })
  expect(await seriousViolations(a), 'target step').toEqual([])

  // In English: the same figures, grouped the English way, and the labels and warnings in English.
  await a.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(a.getByRole('heading', { level: 3, name: 'Benefit calculator' })).toBeVisible()
  await expect(peopleLifted(a)).toHaveText(/People lifted\s*19,200\s*people/)
  await expect(a.getByLabel('Share lifted (%)')).toHaveValue('60')
  await expect(a.locator('.benefit-verdict')).toHaveText(
    'An income of 2,250 yuan per household covers its gap of 1,584 yuan: it clears the line.',
  )
  await expect(a.getByText('From the data card: people still poor (2018)')).toBeVisible()
  await expect(a.getByRole('heading', { level: 3, name: 'Key indicators' })).toBeVisible()
  await expect(a.getByLabel('Responsible unit (row 1)', { exact: true })).toHaveValue('县扶贫办')
  await expect(a.getByText('The indicator “贫困村退出” has no responsible unit yet.')).toHaveCount(2)
  await expect(a.getByRole('region', { name: 'To check: 1' })).toContainText('Row 2 · Responsible unit')
  expect(await seriousViolations(a), 'target step in English').toEqual([])
})

test('on a tablet the table scrolls under its name column; on a phone each indicator is a card', async ({
  browser,
  hub,
  request,
}) => {
  const { url } = await lueyangJoinByRest(request)
  const tablet = (await newDevice(browser, hub.url, { width: 768, height: 1024 })).page
  await joinByLink(tablet, url, '张敏')
  await targetStep(tablet).click()
  await tablet.getByRole('button', { name: '设为 2018–2020 年' }).click()
  await enterValue(tablet.getByLabel('带动比例（%）'), '60')
  await enterValue(tablet.getByLabel('目标年份', { exact: true }), '2020')
  await tablet.getByRole('button', { name: '加入指标表' }).click()
  await indicatorCell(tablet, '责任单位', 1).fill('县扶贫办')

  // The page keeps to the screen; the table scrolls inside it, its name column staying put.
  expect(await horizontalOverflow(tablet)).toBeLessThanOrEqual(0)
  const scroller = tablet.locator('.indicator-scroll')
  const name = indicatorCell(tablet, '指标名称', 1)
  // The first moments after opening a step bring its heading back into view whenever the step grows (the new
  // row did): the table is brought back below it, or "in view" would fail on the page's height, not its width.
  await name.scrollIntoViewIfNeeded()
  await scroller.evaluate((table) => table.scrollTo({ left: 0 }))
  const before = await name.boundingBox()
  await expect(indicatorCell(tablet, '责任单位', 1)).not.toBeInViewport()
  await scroller.evaluate((table) => table.scrollBy({ left: 600 }))
  expect(await scroller.evaluate((table) => table.scrollLeft)).toBeGreaterThan(0)
  await expect(indicatorCell(tablet, '责任单位', 1)).toBeInViewport()
  expect((await name.boundingBox())?.x).toBe(before?.x)
  await scrollToHeading(tablet, 'indicator-table-heading')
  await tablet.screenshot({ path: 'test-results/screenshots/target-setting-768.png' })

  const phone = (await newDevice(browser, hub.url, { width: 390, height: 844 })).page
  await joinByLink(phone, url, '赵磊')
  await targetStep(phone).click()
  await expect(indicatorCell(phone, '责任单位', 1)).toHaveValue('县扶贫办')
  // A card: its boxes are labelled on screen, and nothing runs off the side.
  const label = phone.locator('.indicator-row label', { hasText: '2020 年目标' })
  await expect(label).toBeVisible()
  expect((await label.boundingBox())?.width).toBeGreaterThan(40)
  expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
  await scrollToHeading(phone, 'indicator-table-heading')
  await phone.screenshot({ path: 'test-results/screenshots/target-setting-390.png' })
  await scrollToHeading(phone, 'benefit-heading')
  await phone.screenshot({ path: 'test-results/screenshots/target-setting-390-benefit.png' })
  expect(await seriousViolations(phone), 'target step on a phone').toEqual([])
})
