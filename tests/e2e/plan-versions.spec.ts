import type { Page } from '@playwright/test'
import { seriousViolations } from './support/axe'
import { demoPlanPath } from './support/demo-plan'
import {
  joinByLink,
  LUEYANG,
  newDevice,
  openLanOnLoopback,
  readJoin,
  saveStatus,
  summaryEditor,
  typeInSummary,
} from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

const SHOTS = process.env.VERSIONS_SHOTS_DIR
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SHOTS ?? 'test-results/screenshots'}/${name}.png` })

const saved = (page: Page) => expect(saveStatus(page)).toHaveText(/已保存|Saved/, { timeout: 20_000 })

test('the facilitator saves a version, a member edits, the facilitator compares and restores it, and the member sees it live', async ({
  browser,
  hub,
}) => {
  // Two browsers and a hub on a loaded two-core machine.
  test.setTimeout(240_000)
  const { page: console_ } = await newDevice(browser, hub.url)
  await openLanOnLoopback(console_)
  const { url } = await readJoin(console_, LUEYANG)
  const member = await newDevice(browser, hub.url)
  await joinByLink(member.page, url, '王伟')

  const { page } = await newDevice(browser, hub.url)
  await page.goto(await demoPlanPath(page))
  await typeInSummary(page, '版本测试：讨论前的概况。')
  await saved(page)
  await expect(summaryEditor(member.page)).toContainText('讨论前的概况')

  // Save a version with a label.
  await page.getByRole('button', { name: '版本' }).click()
  const drawer = page.getByRole('dialog', { name: /方案版本/ })
  await drawer.getByLabel('版本说明').fill('小组讨论前')
  await drawer.getByRole('button', { name: '保存版本' }).click()
  await expect(drawer.getByText('已保存版本。')).toBeVisible()
  const kept = drawer.getByRole('listitem').filter({ hasText: '小组讨论前' })
  await expect(kept).toContainText('手动')
  await expect(kept).toContainText('此前编辑：主持人')

  // The member edits meanwhile.
  await typeInSummary(member.page, '会后改写的内容')
  await saved(member.page)
  await expect(summaryEditor(page)).toContainText('会后改写的内容')

  // Compare with now: the summary changed since the version.
  await kept.getByRole('button', { name: /^查看与比较 .+ 的版本$/ }).click()
  const preview = page.getByRole('dialog', { name: /的版本$/ })
  await expect(preview.getByText('县情概述：已修改')).toBeVisible()
  await expect(preview.getByRole('link', { name: /版本的方案（只读）/ })).toHaveAttribute(
    'href',
    /version=\d+/,
  )
  expect(await seriousViolations(page)).toEqual([])
  if (SHOTS) await shot(page, 'versions-compare-zh-1280x720')

  // The version, read-only, as the print view draws it.
  const href = await preview.getByRole('link', { name: /版本的方案（只读）/ }).getAttribute('href')
  const document = await page.context().newPage()
  await document.goto(href!)
  await expect(document.locator('.print-document')).toContainText('讨论前的概况')
  await expect(document.locator('.print-document')).not.toContainText('会后改写的内容')
  if (SHOTS) await shot(document, 'version-document-zh-1280x720')
  await document.close()

  // Restore, after saying what it does.
  await preview.getByRole('button', { name: '恢复此版本…' }).click()
  const confirm = page.getByRole('dialog', { name: /^把方案恢复到 .+ 的版本？$/ })
  await expect(confirm).toContainText('先把方案现在的样子另存为一个版本')
  if (SHOTS) await shot(page, 'versions-restore-zh-1280x720')
  await confirm.getByRole('button', { name: '恢复这个版本' }).click()
  await expect(drawer.getByText(/^已恢复 .+ 的版本/)).toBeVisible()
  await expect(drawer.getByRole('listitem').first()).toContainText('恢复之前')
  await expect(drawer.getByRole('listitem').first()).toContainText('王伟')

  // The member's page shows the restored text without reloading.
  await expect(summaryEditor(member.page)).not.toContainText('会后改写的内容')
  await expect(summaryEditor(member.page)).toContainText('讨论前的概况')
  await expect(summaryEditor(page)).not.toContainText('会后改写的内容')
  if (SHOTS) await shot(page, 'versions-list-zh-1280x720')

  // A phone-sized window, in English.
  await page.setViewportSize({ width: 390, height: 844 })
  // The keyboard closes the panel.
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await page.getByRole('button', { name: 'Versions' }).click()
  const english = page.getByRole('dialog', { name: /plan versions/ })
  await expect(english.getByRole('listitem').first()).toContainText('Before a restore')
  if (SHOTS) await shot(page, 'versions-list-en-390x844')
  await english
    .getByRole('button', { name: /^View and compare the version of / })
    .last()
    .click()
  await expect(page.getByRole('dialog', { name: /^Version of / })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  if (SHOTS) await shot(page, 'versions-compare-en-390x844')
})
