import { expect, test } from './support/test'

test.use({ demo: true })

test('the demo workshop opens in Chinese with 略阳县 and its figures', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page).toHaveTitle('培训班 – 规划工坊 Plan Workshop')
  await expect(page.getByRole('heading', { level: 1, name: '培训班' })).toBeVisible()

  await page.getByRole('link', { name: /2018 贫困县扶贫培训班（演示）/ }).click()
  await expect(page).toHaveURL(/\/workshops\/[^/]+\/counties$/)
  await expect(page.getByRole('tab', { name: '参训县' })).toHaveAttribute('aria-selected', 'true')

  const lueyang = page.getByRole('row', { name: /略阳县/ })
  await expect(lueyang).toContainText('Lueyang County')
  await expect(lueyang).toContainText('陕西省 汉中市')
  await expect(lueyang).toContainText('13,255 / 42,996')
  await expect(lueyang).toContainText('32,000')
  await expect(lueyang).toContainText('2018 年')
  await expect(lueyang).toContainText('略阳乌鸡')
  await expect(lueyang).toContainText('1 / 1 已核实')
  await expect(page.getByRole('row', { name: /鹤峰县/ })).toContainText('36%')
})

test('switching to English changes the UI, the dates and the hub language, and survives a reload', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: /2018 贫困县扶贫培训班（演示）/ }).click()
  await expect(page.getByRole('tab', { name: '参训县' })).toBeVisible()

  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('tab', { name: 'Counties' })).toHaveAttribute('aria-selected', 'true')
  await expect(
    page.getByRole('columnheader', { name: 'Registered poor (households / people)' }),
  ).toBeVisible()
  await expect(page.getByText('1 Mar 2018 – 2 Mar 2018')).toBeVisible()
  // English names come first once the UI is in English.
  await expect(page.getByRole('button', { name: 'Edit Lueyang County' })).toBeVisible()
  await expect(page).toHaveTitle(/^Counties · .* – 规划工坊 Plan Workshop$/)

  // The next request to the hub asks for English, so the hub's own messages come back in English.
  const groupsRequest = page.waitForRequest((request) => request.url().endsWith('/groups'))
  await page.getByRole('tab', { name: 'Groups' }).click()
  expect((await groupsRequest).headers()['accept-language']).toBe('en')
  await expect(page.getByRole('row', { name: /略阳县小组/ })).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('tab', { name: 'Groups' })).toHaveAttribute('aria-selected', 'true')
  await expect(
    page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: 'English' }),
  ).toBeChecked()
  expect(await page.evaluate(() => localStorage.getItem('plan-workshop.language'))).toBe('en')

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('中文').click()
  await expect(page.getByRole('tab', { name: '小组' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
})
