import type { Locator, Page } from '@playwright/test'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HubProcess } from '../support/hub-process'
import { expect, test } from './support/test'

test.use({ demo: true })

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png` })

/** Chinese drawn with the bundled font (no boxes), and the element's text not cut off. */
async function expectWhole(element: Locator): Promise<void> {
  await expect(element).toBeVisible()
  const { loaded, clipped } = await element.evaluate(async (node: HTMLElement) => {
    await document.fonts.ready
    const { fontWeight, fontSize } = getComputedStyle(node)
    return {
      loaded: document.fonts.check(`${fontWeight} ${fontSize} "Noto Sans SC"`, node.innerText),
      clipped: node.scrollWidth > node.clientWidth + 1,
    }
  })
  expect({ loaded, clipped }).toEqual({ loaded: true, clipped: false })
}

/** Nothing sticks out sideways: a phone shows the whole dialog without scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

test('a workshop moves to another hub in one file: exported on its setup page, imported on the other home page', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000)
  const otherDir = await mkdtemp(join(tmpdir(), 'plan-workshop-e2e-other-'))
  const other = new HubProcess(otherDir)
  try {
    await other.start()

    // Export, on the first hub's setup page.
    const [workshop] = (await (await page.request.get('/api/workshops')).json()) as {
      id: string
      title: string
    }[]
    await page.goto(`/workshops/${workshop!.id}`)
    const exportButton = page.getByRole('button', { name: '导出培训班文件' })
    await expectWhole(exportButton)
    const downloading = page.waitForEvent('download')
    await exportButton.click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(`${workshop!.title}.planworkshop`)
    const filePath = join(otherDir, 'moved.planworkshop')
    await download.saveAs(filePath)
    await expect(page.getByText(/^已导出“.+\.planworkshop”。/)).toBeVisible()
    await shot(page, 'workshop-file-export-1280x720')

    // Import, on the second hub's home page: first a file that is not one, then the real one.
    const home = await context.newPage()
    await home.goto(other.url)
    await home.getByRole('button', { name: '导入培训班…' }).click()
    const dialog = home.getByRole('dialog', { name: '导入培训班' })
    await expectWhole(dialog.getByText('点击选择文件，或把文件拖到这里'))
    const picker = dialog.locator('input[type=file]')
    await picker.setInputFiles({
      name: '照片.planworkshop',
      mimeType: 'application/octet-stream',
      buffer: randomBytes(2048),
    })
    const refusal = dialog.getByRole('alert')
    await expect(refusal).toContainText('这不是规划工坊的培训班文件，什么都没有导入。')
    await shot(home, 'workshop-file-import-refused-1280x720')
    expect((await (await home.request.get(`${other.url}/api/workshops`)).json()).length).toBe(0)

    await picker.setInputFiles({
      name: 'moved.planworkshop',
      mimeType: 'application/octet-stream',
      buffer: await readFile(filePath),
    })
    await expect(home.getByRole('heading', { level: 1, name: workshop!.title })).toBeVisible()
    await expect(home.getByText(`已导入培训班“${workshop!.title}”。`)).toBeVisible()
    await expect(home.getByText('略阳县').first()).toBeVisible()

    // The same file again, on a phone: already there, so offered as a copy.
    await home.setViewportSize({ width: 390, height: 844 })
    await home.goto(other.url)
    await home.getByRole('button', { name: '导入培训班…' }).click()
    await home
      .getByRole('dialog', { name: '导入培训班' })
      .locator('input[type=file]')
      .setInputFiles({
        name: 'moved.planworkshop',
        mimeType: 'application/octet-stream',
        buffer: await readFile(filePath),
      })
    const offer = home.getByRole('dialog', { name: '导入培训班' }).getByRole('alert')
    await expect(offer).toContainText('这个培训班已经在本机上了，什么都没有导入。')
    await expectWhole(offer.getByRole('button', { name: '作为副本导入' }))
    await expectNoSidewaysScroll(home)
    await shot(home, 'workshop-file-already-there-390x844')
    await offer.getByRole('button', { name: '作为副本导入' }).click()
    await expect(home.getByRole('heading', { level: 1, name: `${workshop!.title}（副本）` })).toBeVisible()
    await expectNoSidewaysScroll(home)
    await shot(home, 'workshop-file-copy-390x844')
    const titles = (
      (await (await home.request.get(`${other.url}/api/workshops`)).json()) as { title: string }[]
    ).map((row) => row.title)
    expect(titles.sort()).toEqual([workshop!.title, `${workshop!.title}（副本）`].sort())
  } finally {
    await other.stop()
    await rm(otherDir, { recursive: true, force: true })
  }
})
