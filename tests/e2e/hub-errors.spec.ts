import { facilitatorHeaders, hubApi, SPRING_WORKSHOP } from './support/hub-api'
import { openSetupTab } from './support/setup-navigation'
import { expect, test } from './support/test'

test('when the hub stops, a deletion is shown at once, then undone with a message that the hub cannot be reached', async ({
  page,
  hub,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  await hubApi.createCounty(request, workshop.id, {
    name: '茶陵县',
    registeredPoorHouseholds: 17387,
    registeredPoorPeople: 65266,
  })
  await openSetupTab(page, workshop.title, '参训县')
  await expect(page.getByRole('row', { name: /茶陵县/ })).toContainText('17,387 / 65,266')

  await hub.stop()
  await page.getByRole('button', { name: '删除茶陵县' }).click()
  await page.getByRole('dialog', { name: '删除“茶陵县”？' }).getByRole('button', { name: '删除该县' }).click()

  await expect(page.getByText('无法连接到规划工坊服务，请检查程序是否仍在运行。')).toBeVisible()
  await expect(page.getByRole('row', { name: /茶陵县/ })).toBeVisible()

  await hub.start()
  expect(await hubApi.listCounties(request, workshop.id)).toHaveLength(1)
})

test('a refusal from the hub lands on the field it concerns and the optimistic row is taken back', async ({
  page,
  request,
}) => {
  const workshop = await hubApi.createWorkshop(request, SPRING_WORKSHOP)
  const county = await hubApi.createCounty(request, workshop.id, { name: '茶陵县' })
  await openSetupTab(page, workshop.title, '小组')

  await page.getByRole('button', { name: '新建小组' }).click()
  const dialog = page.getByRole('dialog', { name: '新建小组' })
  await dialog.getByRole('combobox', { name: '所属县' }).fill('茶陵')
  await page.keyboard.press('Enter')
  await expect(dialog.getByLabel('小组名称')).toHaveValue('茶陵县小组')

  // Meanwhile the county gets its group elsewhere (another facilitator window).
  await request.post(`/api/workshops/${workshop.id}/groups`, {
    data: { countyId: county.id, name: '茶陵县第一组' },
    headers: await facilitatorHeaders(request),
  })
  await dialog.getByRole('button', { name: '保存' }).click()

  const refusal = '该县已有一个小组。每个县只对应一个小组。'
  await expect(dialog.getByText(refusal)).toBeVisible()
  // The toast (role=alert) says the same, in the hub's words.
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(page.getByRole('row', { name: /茶陵县第一组/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /茶陵县小组/ })).toHaveCount(0)
  expect((await hubApi.listGroups(request, workshop.id)).map((group) => group.name)).toEqual(['茶陵县第一组'])
})
