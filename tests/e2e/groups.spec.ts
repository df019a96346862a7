import { hubApi, SPRING_WORKSHOP } from './support/hub-api'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test('a county gets its group with members and posts; once every county has one, no further group can be made', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  const county = await hubApi.createCounty(request, workshop.id, {
    name: '茶陵县',
    nameEn: 'Chaling County',
    province: '湖南省',
    registeredPoorHouseholds: 17387,
    registeredPoorPeople: 65266,
    poorVillages: 68,
  })
  await openSetupTab(page, workshop.title, '小组')

  await expect(page.getByRole('heading', { name: '还没有小组' })).toBeVisible()
  await page.getByRole('button', { name: '新建小组' }).click()
  const dialog = page.getByRole('dialog', { name: '新建小组' })
  // Chosen from the keyboard: type to filter, Enter to pick.
  await dialog.getByRole('combobox', { name: '所属县' }).fill('茶陵')
  await page.keyboard.press('Enter')
  // The name is suggested from the county, in the workshop's language.
  await expect(dialog.getByLabel('小组名称')).toHaveValue('茶陵县小组')

  await dialog.getByRole('button', { name: '添加成员' }).click()
  await dialog.getByLabel('成员 1 的姓名').fill('张三')
  await dialog.getByLabel('成员 1 的职务').fill('副县长')
  await dialog.getByRole('button', { name: '添加成员' }).click()
  await dialog.getByLabel('成员 2 的姓名').fill('李四')
  await dialog.getByLabel('成员 2 的职务').fill('商务局局长')
  await dialog.getByRole('button', { name: '保存' }).click()

  await expect(dialog).toBeHidden()
  const row = page.getByRole('row', { name: /茶陵县小组/ })
  await expect(row).toContainText('Chaling County')
  await expect(row).toContainText('张三 · 副县长')
  await expect(row).toContainText('李四 · 商务局局长')
  await expect(page.getByRole('button', { name: '新建小组' })).toBeDisabled()
  await expect(page.getByText('每个参训县都已有小组。')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('row', { name: /茶陵县小组/ })).toContainText('李四 · 商务局局长')
  expect(await hubApi.listGroups(request, workshop.id)).toMatchObject([
    {
      countyId: county.id,
      name: '茶陵县小组',
      members: [
        { name: '张三', post: '副县长' },
        { name: '李四', post: '商务局局长' },
      ],
    },
  ])
})

test('groups wait for counties: the empty tab sends the facilitator to add counties first', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await openSetupTab(page, workshop.title, '小组')
  await expect(page.getByRole('heading', { name: '请先添加参训县' })).toBeVisible()
  await page.getByRole('button', { name: '去添加参训县' }).click()
  await expect(page.getByRole('tab', { name: '参训县' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('button', { name: '添加县' })).toBeVisible()
})
