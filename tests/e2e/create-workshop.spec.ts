import { hubApi } from './support/hub-api'
import { workshopIdOf } from './support/setup-navigation'
import { expect, test } from './support/test'

test('a workshop created from the default programme keeps its county through a hub restart; bad figures are refused inline and never stored', async ({
  page,
  hub,
  request,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '还没有培训班' })).toBeVisible()
  await page.getByRole('button', { name: '新建培训班' }).click()

  const dialog = page.getByRole('dialog', { name: '新建培训班' })
  await dialog.getByLabel('培训班名称').fill('2025 春季县域电商扶贫培训班')
  await dialog.getByLabel('地点', { exact: true }).fill('杭州')
  // The default programme is preselected, and the dates already span its three days.
  await expect(dialog.getByRole('radio', { name: /标准三天课程/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /紧凑两天课程/ })).not.toBeChecked()
  await dialog.getByRole('button', { name: '创建培训班' }).click()

  await expect(page).toHaveURL(/\/workshops\/[^/]+\/counties$/)
  await expect(page.getByRole('heading', { level: 1, name: '2025 春季县域电商扶贫培训班' })).toBeVisible()
  const workshopId = workshopIdOf(page)
  const agenda = await hubApi.getAgenda(request, workshopId)
  expect(agenda.days.map((day) => day.title)).toEqual(['现状分析', '资源对接与目标设定', '行动计划与审定'])

  // An empty list says what belongs there and offers the button that adds it.
  await expect(page.getByRole('heading', { name: '还没有参训县' })).toBeVisible()
  await page.getByRole('button', { name: '添加县' }).click()

  const drawer = page.getByRole('dialog', { name: '添加县' })
  await drawer.getByLabel('县名（中文）').fill('鹤峰县')
  await drawer.getByLabel('县名（英文）').fill('Hefeng County')
  await drawer.getByLabel('省（自治区、直辖市）').fill('湖北省')
  await drawer.getByLabel('总人口').fill('224000')
  // A typo with one digit too many: more registered poor than people.
  await drawer.getByLabel('建档立卡贫困人口').fill('714000')
  await drawer.getByLabel('建档立卡数据年份').fill('2014')
  await drawer.getByLabel('贫困发生率（%）').fill('360')
  await drawer.getByRole('button', { name: '添加产品' }).click()
  await drawer.getByRole('textbox', { name: '特色产品 1', exact: true }).fill('茶叶')
  await drawer.getByRole('textbox', { name: '特色产品 1 的英文名称' }).fill('Tea')
  await drawer.getByRole('button', { name: '添加来源' }).click()
  await drawer
    .getByLabel('来源名称', { exact: true })
    .fill('公开报道：2014 年建档立卡贫困人口 7.14 万、发生率 36%')
  await drawer.getByLabel('已对照来源核实').check()
  await drawer.getByRole('button', { name: '保存' }).click()

  await expect(drawer.getByText('建档立卡贫困人口不能超过总人口。')).toBeVisible()
  await expect(drawer.getByText('贫困发生率应在 0% 到 100% 之间。')).toBeVisible()
  await expect(drawer.getByRole('alert')).toContainText('尚未保存任何修改')
  expect(await hubApi.listCounties(request, workshopId)).toEqual([])

  // Correcting the figures clears the messages as soon as they are right.
  await drawer.getByLabel('建档立卡贫困人口').fill('71400')
  await expect(drawer.getByText('建档立卡贫困人口不能超过总人口。')).toBeHidden()
  // The form offers the incidence computed from the figures (71,400 ÷ 224,000).
  await expect(drawer.getByText('按建档立卡贫困人口 ÷ 总人口计算约为 31.9%。')).toBeVisible()
  await drawer.getByLabel('贫困发生率（%）').fill('36')
  await expect(drawer.getByText('贫困发生率应在 0% 到 100% 之间。')).toBeHidden()
  await drawer.getByRole('button', { name: '保存' }).click()

  await expect(drawer).toBeHidden()
  const row = page.getByRole('row', { name: /鹤峰县/ })
  await expect(row).toContainText('224,000')
  await expect(row).toContainText('71,400')
  await expect(row).toContainText('36%')
  await expect(row).toContainText('1 / 1 已核实')

  await hub.restart()
  await page.reload()
  await expect(page.getByRole('row', { name: /鹤峰县/ })).toContainText('71,400')
  const [stored] = await hubApi.listCounties(request, workshopId)
  expect(stored).toMatchObject({
    name: '鹤峰县',
    nameEn: 'Hefeng County',
    population: 224000,
    registeredPoorPeople: 71400,
    baselineYear: 2014,
    povertyIncidence: 36,
    signatureProducts: [{ name: '茶叶', nameEn: 'Tea' }],
    sources: [{ title: '公开报道：2014 年建档立卡贫困人口 7.14 万、发生率 36%', url: '', verified: true }],
  })
})
