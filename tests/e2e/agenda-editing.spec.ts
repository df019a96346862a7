import { hubApi, SPRING_WORKSHOP } from './support/hub-api'
import { openSetupTab, workshopIdOf } from './support/setup-navigation'
import { expect, test } from './support/test'

test('the agenda can be extended, retimed and reordered; a save survives a reload', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await openSetupTab(page, workshop.title, '议程')

  const morning = page.getByRole('region', { name: '第 1 天' }).getByRole('group', { name: '上午' })
  await expect(morning.getByRole('combobox', { name: '环节 2 · 环节类型' })).toBeVisible()
  await expect(morning).toContainText('本时段合计 2 小时 30 分钟，09:00–11:30')

  // Shorten the problem tree from 90 to 75 minutes.
  await morning.getByRole('spinbutton', { name: '环节 3 · 计划时长（分钟）' }).fill('75')
  await expect(morning).toContainText('本时段合计 2 小时 15 分钟，09:00–11:15')

  // Add a tea break; a custom item needs a title, which the shared schema insists on.
  await morning.getByRole('button', { name: '添加环节' }).click()
  await morning.getByRole('spinbutton', { name: '环节 4 · 计划时长（分钟）' }).fill('15')
  await page.getByRole('button', { name: '保存议程' }).click()
  await expect(morning.getByText('自定义环节需要填写名称。')).toBeVisible()
  expect((await hubApi.getAgenda(request, workshop.id)).days[0]?.sessions[0]?.items).toHaveLength(3)

  await morning.getByRole('textbox', { name: '环节 4 · 名称' }).fill('茶歇')
  await expect(morning.getByText('自定义环节需要填写名称。')).toBeHidden()
  // Move the break before the problem tree.
  // From the keyboard: the reorder controls are real buttons.
  await morning.getByRole('button', { name: '环节 4 上移' }).focus()
  await page.keyboard.press('Enter')
  await expect(morning.getByRole('textbox', { name: '环节 3 · 名称' })).toHaveValue('茶歇')
  // The break now starts at 10:00, and the problem tree after it at 10:15.
  await expect(morning).toContainText('本时段合计 2 小时 30 分钟，09:00–11:30')
  await expect(page.getByRole('region', { name: '第 1 天' })).toContainText('全天合计 4 小时 20 分钟')

  await page.getByRole('button', { name: '保存议程' }).click()
  await expect(page.getByText('议程已保存。')).toBeVisible()

  await page.reload()
  await expect(morning.getByRole('textbox', { name: '环节 3 · 名称' })).toHaveValue('茶歇')
  await expect(morning.getByRole('spinbutton', { name: '环节 3 · 计划时长（分钟）' })).toHaveValue('15')
  await expect(morning.getByRole('spinbutton', { name: '环节 4 · 计划时长（分钟）' })).toHaveValue('75')

  const stored = await hubApi.getAgenda(request, workshopIdOf(page))
  expect(
    stored.days[0]?.sessions[0]?.items.map((item) => [item.kind, item.title, item.plannedMinutes]),
  ).toEqual([
    ['custom', '开班与相互介绍', 30],
    ['county-data-card', '', 30],
    ['custom', '茶歇', 15],
    ['problem-tree', '', 75],
  ])
})

test('leaving the agenda with unsaved changes asks first, and staying keeps them', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await openSetupTab(page, workshop.title, '议程')
  const minutes = page
    .getByRole('region', { name: '第 2 天' })
    .getByRole('group', { name: '上午' })
    .getByRole('spinbutton', { name: '环节 1 · 计划时长（分钟）' })
  await minutes.fill('100')
  await expect(page.getByText('有未保存的修改。')).toBeVisible()

  await page.getByRole('tab', { name: '参训县' }).click()
  const question = page.getByRole('dialog', { name: '离开此页？' })
  await question.getByRole('button', { name: '留在此页' }).click()
  await expect(page.getByRole('tab', { name: '议程' })).toHaveAttribute('aria-selected', 'true')
  await expect(minutes).toHaveValue('100')
  // The closing dialog's mask would take the next click while it fades out.
  await expect(question).toBeHidden()

  await page.getByRole('tab', { name: '参训县' }).click()
  await question.getByRole('button', { name: '离开并放弃修改' }).click()
  await expect(page.getByRole('tab', { name: '参训县' })).toHaveAttribute('aria-selected', 'true')
  expect((await hubApi.getAgenda(request, workshop.id)).days[1]?.sessions[0]?.items[0]?.plannedMinutes).toBe(
    120,
  )
})
