import { SPRING_WORKSHOP, hubApi } from './support/hub-api'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test('the poverty-line table refuses a year given twice and saves a corrected table', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await openSetupTab(page, workshop.title, '贫困线')
  await expect(page.getByRole('spinbutton', { name: '第 1 行 · 年份' })).toHaveValue('2010')

  await page.getByRole('button', { name: '添加年份' }).click()
  await page.getByRole('spinbutton', { name: '第 4 行 · 年份' }).fill('2018')
  await page.getByRole('spinbutton', { name: '第 4 行 · 标准（元/人·年）' }).fill('2995')
  await page.getByRole('button', { name: '保存贫困线' }).click()
  await expect(page.getByText('2018 年出现了不止一次。')).toBeVisible()
  await expect(page.getByText('此项为必填项。')).toBeVisible()

  await page.getByRole('spinbutton', { name: '第 4 行 · 年份' }).fill('2019')
  await page.getByRole('textbox', { name: '第 4 行 · 价格基础（中文）' }).fill('当年价')
  await page.getByRole('textbox', { name: '第 4 行 · 价格基础（英文）' }).fill('current prices')
  await page.getByRole('checkbox', { name: '第 1 行 · 已核实' }).uncheck()
  await expect(page.getByText('2018 年出现了不止一次。')).toBeHidden()
  await page.getByRole('button', { name: '保存贫困线' }).click()
  await expect(page.getByText('贫困线已保存。')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('spinbutton', { name: '第 4 行 · 年份' })).toHaveValue('2019')
  await expect(page.getByRole('checkbox', { name: '第 1 行 · 已核实' })).not.toBeChecked()
  const stored = await (await request.get(`/api/workshops/${workshop.id}/poverty-lines`)).json()
  expect(stored).toMatchObject([
    { year: 2010, verified: false },
    { year: 2016 },
    { year: 2018 },
    { year: 2019, yuanPerPersonYear: 2995, basis: '当年价', basisEn: 'current prices', verified: false },
  ])
})

/** Text boxes in the table whose text does not fit: what they show is cut off. */
const CLIPPED_BOXES = `[...document.querySelectorAll('.ant-table textarea, .ant-table input')]
  .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
  .map((box) => box.getAttribute('aria-label') + ': ' + box.value)`

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`every price basis and source is shown in full, in its own language, at ${viewport.width}×${viewport.height}`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize(viewport)
    const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
    await openSetupTab(page, workshop.title, '贫困线')
    await expect(page.getByRole('spinbutton', { name: '第 1 行 · 年份' })).toHaveValue('2010')
    expect(await page.evaluate(CLIPPED_BOXES)).toEqual([])
    // Each text in its own box: the Chinese in the Chinese one, the English in the English one.
    await expect(page.getByRole('textbox', { name: '第 1 行 · 价格基础（中文）' })).toHaveValue(
      '2010年不变价',
    )
    await expect(page.getByRole('textbox', { name: '第 1 行 · 价格基础（英文）' })).toHaveValue(
      '2010 constant prices',
    )
    await expect(page.getByRole('textbox', { name: '第 3 行 · 价格基础（中文）' })).toHaveValue('当年价')
    await page.screenshot({
      path: `test-results/screenshots/poverty-lines-${viewport.width}x${viewport.height}.png`,
      fullPage: true,
    })
  })
}
