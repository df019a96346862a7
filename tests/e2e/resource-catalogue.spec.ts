import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import type { Resource } from '../../shared/resources/resource-schema'
import { openSetupTab, workshopIdOf } from './support/setup-navigation'
import { expect, test } from './support/test'

test.use({ demo: true })

const DEMO = '2018 贫困县扶贫培训班（演示）'

/** Serious and critical axe findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/** Waits for running animations (a dialog fading in) to finish, so a screenshot shows the end state. */
const settled = (page: Page) =>
  page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)))

/** Resource rows of the catalogue table (the header row left out). */
const resourceRows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') })

test('the facilitator adds, edits, moves and deletes resources of the demo catalogue; a reload shows what the hub stored', async ({
  page,
  request,
}) => {
  await openSetupTab(page, DEMO, '资源目录')
  const workshopId = workshopIdOf(page)
  await expect(page).toHaveURL(/\/resources$/)
  await expect(resourceRows(page)).toHaveCount(DEFAULT_RESOURCES.length)
  await expect(resourceRows(page).first()).toContainText('平台网店与销售渠道')
  await expect(page.getByRole('row', { name: /扶贫小额信贷/ })).toContainText('县域金融机构')

  // Add, from the keyboard: a title in Chinese only, the provider in English only.
  await page.getByRole('button', { name: '添加资源' }).click()
  const add = page.getByRole('dialog', { name: '添加资源' })
  await expect(add.getByLabel('名称（中文）')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(add.getByText('此项为必填项。')).toBeVisible()
  await expect(add.getByText('请用中文或英文填写（也可以两种都填）。')).toHaveCount(2)
  await add.getByRole('combobox', { name: '类别' }).fill('帮扶')
  await page.keyboard.press('Enter')
  await add.getByLabel('名称（中文）').fill('县供销合作社')
  await add.getByLabel('提供方（英文）').fill('County supply and marketing cooperative')
  await expect(add.getByText('请用中文或英文填写（也可以两种都填）。')).toHaveCount(0)
  await add.getByLabel('说明（中文）').fill('按保护价收购合作社的农产品，连接城市批发市场。')
  await add.getByLabel('名称（中文）').press('Enter')
  await expect(add).toBeHidden()
  const coop = page.getByRole('row', { name: /县供销合作社/ })
  await expect(coop).toContainText('帮扶与合作主体')
  await expect(coop).toContainText('County supply and marketing cooperative')
  await expect(coop).toContainText('未填英文名称')
  await expect(resourceRows(page).last()).toContainText('县供销合作社')

  // Edit: the English title is added later.
  await page.getByRole('button', { name: '编辑“县供销合作社”' }).click()
  const edit = page.getByRole('dialog', { name: '编辑“县供销合作社”' })
  await expect(edit.getByLabel('提供方（英文）')).toHaveValue('County supply and marketing cooperative')
  await edit.getByLabel('名称（英文）').fill('County supply cooperative')
  await edit.getByRole('button', { name: '保存' }).click()
  await expect(edit).toBeHidden()
  await expect(coop).toContainText('County supply cooperative')
  await expect(coop).not.toContainText('未填英文名称')

  // Move it one place up, by keyboard.
  await page.getByRole('button', { name: '上移“县供销合作社”' }).focus()
  await page.keyboard.press('Enter')
  await expect(resourceRows(page).last()).toContainText('产销对接会')

  // Delete another, after confirming; cancelling first changes nothing.
  await page.getByRole('button', { name: '删除“扶贫基金资助”' }).click()
  const confirm = page.getByRole('dialog', { name: '删除“扶贫基金资助”？' })
  await confirm.getByRole('button', { name: /^取\s?消$/ }).click()
  await expect(page.getByRole('row', { name: /扶贫基金资助/ })).toBeVisible()
  await page.getByRole('button', { name: '删除“扶贫基金资助”' }).click()
  await confirm.getByRole('button', { name: '删除该资源' }).click()
  await expect(page.getByRole('row', { name: /扶贫基金资助/ })).toHaveCount(0)

  // The kind filter: the finance kind has two left.
  await page.getByRole('radiogroup', { name: '按类别筛选' }).getByText('资金与金融（2）').click()
  await expect(page.getByRole('radio', { name: '资金与金融（2）' })).toBeChecked()
  await expect(resourceRows(page)).toHaveCount(2)
  await expect(resourceRows(page).first()).toContainText('扶贫小额信贷')

  await page.reload()
  await expect(resourceRows(page)).toHaveCount(DEFAULT_RESOURCES.length)
  await expect(page.getByRole('row', { name: /县供销合作社/ })).toContainText('County supply cooperative')
  await expect(page.getByRole('row', { name: /扶贫基金资助/ })).toHaveCount(0)

  const stored = (await (await request.get(`/api/workshops/${workshopId}/resources`)).json()) as Resource[]
  expect(stored.map((resource) => resource.id)).not.toContain('fund-grant')
  expect(stored.at(-1)?.id).toBe('matching-fairs')
  expect(stored.at(-2)).toEqual({
    id: expect.any(String),
    kind: 'partnership',
    title: { 'zh-CN': '县供销合作社', en: 'County supply cooperative' },
    provider: { 'zh-CN': '', en: 'County supply and marketing cooperative' },
    description: { 'zh-CN': '按保护价收购合作社的农产品，连接城市批发市场。', en: '' },
  })
})

test('the resources tab and its form have no serious accessibility violations and fit 1280×720', async ({
  page,
}) => {
  await openSetupTab(page, DEMO, '资源目录')
  await expect(resourceRows(page)).toHaveCount(DEFAULT_RESOURCES.length)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await expect(page.getByRole('button', { name: '删除“平台网店与销售渠道”' })).toBeInViewport()
  await page.screenshot({ path: 'test-results/screenshots/setup-resources-1280x720.png' })
  expect(await seriousViolations(page), 'resources tab').toEqual([])

  await page.getByRole('button', { name: '编辑“扶贫小额信贷”' }).click()
  const dialog = page.getByRole('dialog', { name: '编辑“扶贫小额信贷”' })
  await expect(dialog.getByLabel('名称（英文）')).toHaveValue('Rural microcredit')
  await settled(page)
  await page.screenshot({ path: 'test-results/screenshots/setup-resources-form-1280x720.png' })
  expect(await seriousViolations(page), 'resource form').toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(page.getByRole('tab', { name: 'Resources' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('button', { name: 'Edit “Rural microcredit”' })).toBeVisible()
  await expect(page.getByRole('radiogroup', { name: 'Filter by kind' })).toContainText(
    'Funds and finance (3)',
  )
  expect(await seriousViolations(page), 'resources tab in English').toEqual([])
})

for (const viewport of [
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
]) {
  test(`the resources tab is usable at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await openSetupTab(page, DEMO, '资源目录')
    await page.setViewportSize(viewport)
    await expect(resourceRows(page)).toHaveCount(DEFAULT_RESOURCES.length)
    // The table scrolls inside its own box; the page itself never scrolls sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    // On a tablet, kind and provider sit under the title, so the row's buttons need no sideways scroll.
    if (viewport.width >= 768)
      await expect(page.getByRole('button', { name: '删除“平台网店与销售渠道”' })).toBeInViewport()
    await page.screenshot({
      path: `test-results/screenshots/setup-resources-${viewport.width}x${viewport.height}.png`,
    })
  })
}
