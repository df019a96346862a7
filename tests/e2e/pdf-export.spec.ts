import type { Page } from '@playwright/test'
import { expect, test } from './support/test'
import { seriousViolations } from './support/axe'

test.use({ demo: true })

/** The demo workshop's export tab, reached as a facilitator would: from the workshop list. */
async function openExportTab(page: Page) {
  await page.goto('/')
  await page.getByRole('link', { name: /2018 贫困县扶贫培训班（演示）/ }).click()
  await page.getByRole('tab', { name: '导出', exact: true }).click()
  await expect(page).toHaveURL(/\/workshops\/[^/]+\/export$/)
  await expect(page.getByRole('heading', { name: '导出方案 PDF' })).toBeVisible()
}

test('the export tab previews a county’s plan and downloads its PDF, named for the county', async ({
  page,
}) => {
  await openExportTab(page)
  const lueyang = page.getByRole('row', { name: /略阳县/ })
  await expect(lueyang).toContainText('草稿')
  await expect(page.getByRole('row', { name: /各县目标汇总/ })).toBeVisible()

  const [preview] = await Promise.all([
    page.waitForEvent('popup'),
    lueyang.getByRole('link', { name: '预览：略阳县' }).click(),
  ])
  await expect(preview.locator('.print-cover-county')).toHaveText('略阳县')
  await expect(preview.locator('html')).toHaveAttribute('data-print-ready', 'true')
  await preview.close()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    lueyang.getByRole('button', { name: '下载 PDF：略阳县' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('略阳县 规划方案.pdf')
  await expect(lueyang).toContainText('已下载')

  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: 'test-results/screenshots/export-tab.png' })
})

test('export all makes every county’s PDF and the summary, with progress, in the chosen language', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await openExportTab(page)
  await page.getByRole('radiogroup', { name: '导出语言' }).getByText('English').click()
  await expect(page.getByRole('row', { name: /Lueyang County/ })).toBeVisible()
  const rows = await page.locator('.export-panel tbody tr.ant-table-row').count()
  const names: string[] = []
  page.on('download', (download) => names.push(download.suggestedFilename()))
  await page.getByRole('button', { name: '全部导出' }).click()
  await expect(page.getByRole('button', { name: '取消' })).toBeVisible()
  await expect(page.getByText(`导出完成，共 ${rows} 个文件。`)).toBeVisible({ timeout: 100_000 })
  await expect.poll(() => names.length).toBe(rows)
  expect(names).toContain('Lueyang County plan.pdf')
  expect(names).toContain('Headline targets of all counties.pdf')
  await page.screenshot({ path: 'test-results/screenshots/export-all-done.png' })
})
