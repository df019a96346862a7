import type { Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { expect, test } from './support/test'
import { facilitatorHeaders } from './support/hub-api'

test.use({ demo: true })

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` })

async function demoWorkshopId(page: Page): Promise<string> {
  const workshops = (await (await page.request.get('/api/workshops')).json()) as { id: string }[]
  return workshops[0]!.id
}

test('the backups screen: take a backup, then restore it while a console is open in another tab', async ({
  page,
  context,
}) => {
  // Two tabs, a backup and a restore on a loaded two-core machine.
  test.setTimeout(180_000)
  await page.goto('/')
  await page.getByRole('link', { name: '备份' }).click()
  await expect(page.getByRole('heading', { name: '备份', level: 1 })).toBeVisible()
  await expect(page.getByRole('row', { name: /启动时/ })).toBeVisible()

  await page.getByRole('button', { name: '立即备份' }).click()
  await expect(page.getByText(/^已备份（.+）。$/)).toBeVisible()
  const manual = page.getByRole('row', { name: /手动/ })
  await expect(manual).toContainText('已通过检查')
  await expect(manual).toContainText(/\d+ 千字节/)

  // After the backup: a county added, shown on a console open in a second tab.
  const workshopId = await demoWorkshopId(page)
  await page.request.post(`/api/workshops/${workshopId}/counties`, {
    data: { name: '测试县' },
    headers: await facilitatorHeaders(page.request),
  })
  const console_ = await context.newPage()
  await console_.goto(`/console/${workshopId}`)
  await expect(console_.getByText('测试县').first()).toBeVisible()

  expect(await seriousViolations(page)).toEqual([])
  await shot(page, 'backups-1280x720')

  await manual.getByRole('button', { name: /^恢复 .+ 的备份$/ }).click()
  const dialog = page.getByRole('dialog', { name: /^恢复 .+ 的备份？$/ })
  await expect(dialog).toContainText('先把当前的全部数据另存为一个新备份')
  await expect(dialog).toContainText('所有连接着的设备会重新加载')
  expect(await seriousViolations(page)).toEqual([])
  await shot(page, 'backups-restore-dialog-1280x720')
  const reloaded = console_.waitForEvent('load')
  await dialog.getByRole('button', { name: '恢复这个备份' }).click()
  await expect(page.getByText(/^已恢复 .+ 的备份。恢复之前的数据已保存为 .+ 的备份。$/)).toBeVisible()
  await expect(page.getByRole('row', { name: /恢复之前/ })).toBeVisible()

  // The other tab reloaded by itself and shows the restored data: the county added later is gone.
  await reloaded
  await expect(console_.getByText('略阳县').first()).toBeVisible()
  await expect(console_.getByText('测试县')).toHaveCount(0)
  const counties = (await (await page.request.get(`/api/workshops/${workshopId}/counties`)).json()) as {
    name: string
  }[]
  expect(counties.map((county) => county.name)).not.toContain('测试县')

  await page.setViewportSize({ width: 390, height: 844 })
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible()
  await expect(page.getByRole('row', { name: /Before a restore/ })).toBeVisible()
  await shot(page, 'backups-en-390x844')
})

test('the console header says the disk is full and how many edits wait', async ({ page }) => {
  const workshopId = await demoWorkshopId(page)
  await page.route('**/api/store/status', (route) =>
    route.fulfill({
      json: {
        state: 'diskFull',
        pendingEdits: 12,
        lastBackup: null,
        backupProblem: 'diskFull',
        recovery: null,
      },
    }),
  )
  await page.goto(`/console/${workshopId}`)
  await expect(page.getByTestId('store-status')).toHaveText('磁盘已满，12 处修改等待保存')
  expect(await seriousViolations(page)).toEqual([])
  await shot(page, 'console-disk-full-1280x720')
  await page.goto(`/workshops/${workshopId}/counties`)
  await expect(page.getByTestId('store-status')).toHaveText('磁盘已满，12 处修改等待保存')
  await page.setViewportSize({ width: 390, height: 844 })
  await shot(page, 'setup-disk-full-390x844')
  await page.getByTestId('store-status').click()
  await expect(
    page.getByText('最近一次自动备份因磁盘空间不足而跳过，旧备份都保留着。请腾出一些空间。'),
  ).toBeVisible()
})
