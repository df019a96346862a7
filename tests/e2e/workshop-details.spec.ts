import { SPRING_WORKSHOP, hubApi } from './support/hub-api'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test('workshop details are checked before saving and the page header follows the saved values', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await openSetupTab(page, workshop.title, '基本信息')

  // Dates are typed, as from a keyboard (Tab commits them; Enter would also submit the form).
  // An end before the start is refused under the end date.
  const endDate = page.getByLabel('结束日期')
  await endDate.fill('2025-04-10')
  await endDate.press('Tab')
  await page.getByLabel('地点', { exact: true }).fill('杭州 阿里巴巴西溪园区')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('结束日期不能早于开始日期。')).toBeVisible()
  expect((await (await request.get(`/api/workshops/${workshop.id}`)).json()).endDate).toBe('2025-04-16')

  // Typed key by key without separators, as many people type dates: read as 2025-04-15 and shown so.
  await endDate.fill('')
  await endDate.pressSequentially('20250415')
  await endDate.press('Tab')
  await expect(endDate).toHaveValue('2025-04-15')
  await expect(page.getByText('结束日期不能早于开始日期。')).toBeHidden()
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('已保存基本信息。')).toBeVisible()
  await expect(page.getByText('2025年4月14日 至 2025年4月15日 · 杭州 阿里巴巴西溪园区')).toBeVisible()

  const stored = await (await request.get(`/api/workshops/${workshop.id}`)).json()
  expect(stored).toMatchObject({ endDate: '2025-04-15', venue: '杭州 阿里巴巴西溪园区' })
})
