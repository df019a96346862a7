import { expect, test } from '@playwright/test'
import { mkdtemp, rm, truncate } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '../../electron/hub/store/open-database'
import { freePort, HubProcess } from '../support/hub-process'
import { seriousViolations } from './support/axe'

test('the recovery screen: says what happened and where the files went, and restores the newest good backup', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-workshop-e2e-'))
  let hub = new HubProcess(dataDir, { demo: true })
  try {
    await hub.start()
    const { token } = (await (await page.request.get(`${hub.url}/api/auth/facilitator`)).json()) as {
      token: string
    }
    await page.request.post(`${hub.url}/api/backups`, { headers: { authorization: `Bearer ${token}` } })
    await hub.stop()
    // A sync tool emptied the database.
    await truncate(join(dataDir, DATABASE_FILE_NAME), 0)

    hub = new HubProcess(dataDir, { port: await freePort(), args: ['--recovery'], readyStatus: 'recovery' })
    await hub.start()
    await page.goto(`${hub.url}/workshops`)
    await expect(page).toHaveURL(/\/recovery$/)
    await expect(page.getByRole('heading', { name: '恢复数据', level: 1 })).toBeVisible()
    await expect(page.getByText(/plan-workshop\.sqlite 是空的（0 字节）/)).toBeVisible()
    await expect(page.getByText(/已原样移到 .*\/quarantine\//)).toBeVisible()
    await expect(page.getByText(/^最新的完好备份是 .+ 的备份（backup-.+\.sqlite）。$/)).toBeVisible()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/recovery-1280x720.png' })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.screenshot({ path: 'test-results/screenshots/recovery-390x844.png', fullPage: true })

    await page.getByRole('button', { name: '恢复最新的完好备份' }).click()
    await expect(page).toHaveURL(`${hub.url}/`, { timeout: 60_000 })
    await expect(page.getByRole('link', { name: /2018 贫困县扶贫培训班/ })).toBeVisible()
  } finally {
    await hub.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
})
