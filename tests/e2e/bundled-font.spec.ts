import type { Locator, Page } from '@playwright/test'
import { demoPlanPath } from './support/demo-plan'
import { drawnFaces, NOTO_SANS, NOTO_SANS_SC } from './support/drawn-faces'
import { renderings } from './support/glyph-rendering'
import { expect, test } from './support/test'

test.use({ demo: true })

/**
 * This machine has no CJK font: Chinese shows only through the bundled Noto Sans SC. Each heading must be
 * drawn exactly as the bundled font draws it, bold included — not as boxes in the first installed face.
 */
async function expectDrawnInBundledFont(page: Page, element: Locator, what: string): Promise<void> {
  await expect(element).toBeVisible()
  const drawn = await renderings(page, element)
  expect(drawn.inBundledFont.equals(drawn.withoutBundledFont), `${what}: without the bundled font`).toBe(
    false,
  )
  expect(drawn.asDrawn.equals(drawn.inBundledFont), `${what}: drawn as the bundled font draws it`).toBe(true)
  expect(drawn.bundledFacesLoaded, `${what}: the bundled faces it needs have loaded`).toBe(true)
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`Chinese headings and buttons are drawn in the bundled font at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)

    await page.goto('/')
    await expectDrawnInBundledFont(page, page.locator('.app-title'), 'the app title 规划工坊')
    await expectDrawnInBundledFont(page, page.getByRole('heading', { level: 1, name: '培训班' }), '培训班')
    await expectDrawnInBundledFont(
      page,
      page.getByText('每个培训班包含参训县、县小组、议程和贫困线参考表。'),
      'the home subtitle',
    )

    await page.getByRole('link', { name: /2018 贫困县扶贫培训班/ }).click()
    await expectDrawnInBundledFont(page, page.getByRole('button', { name: '运行培训班' }), '运行培训班')

    await page.goto('/join')
    await expectDrawnInBundledFont(page, page.getByRole('heading', { level: 1 }), 'the join heading')
    await expectDrawnInBundledFont(page, page.getByRole('button', { name: '加入', exact: true }), '加入')

    // A reload draws the page afresh while the fonts come from the cache.
    await page.goto(await demoPlanPath(page))
    await expect(page.getByRole('heading', { level: 1, name: /略阳县/ })).toBeVisible()
    await page.reload()
    const countyName = page
      .getByRole('heading', { level: 1, name: /略阳县/ })
      .getByText('略阳县', { exact: true })
    await expectDrawnInBundledFont(page, countyName, '略阳县')
    await page.screenshot({
      path: `test-results/screenshots/plan-heading-${viewport.width}x${viewport.height}.png`,
    })
  })
}

/**
 * English is drawn by the bundled Noto Sans, its quotes, apostrophes and · included (Noto Sans SC draws them
 * full width: "county’ s"); Chinese in an English screen by Noto Sans SC, never by an installed face; and
 * Chinese text keeps the full-width punctuation of Noto Sans SC.
 */
test('each language is drawn by its bundled face, punctuation included', async ({ page }) => {
  await page.goto(await demoPlanPath(page))
  await expect(page.getByRole('heading', { level: 1, name: /略阳县/ })).toBeVisible()
  expect(await drawnFaces(page, page.getByRole('link', { name: '返回“加入”页' }))).toEqual([
    expect.stringMatching(NOTO_SANS_SC.regular),
  ])
  expect(await drawnFaces(page, page.getByText('县域扶贫方案 · 小组成员同时编辑'))).toEqual([
    expect.stringMatching(NOTO_SANS_SC.regular),
  ])

  await page.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // A reload draws the page afresh while the fonts come from the cache (where boxes once stayed).
  await page.reload()
  const summaryIntro = page.getByText('Describe in a few paragraphs the county’s poverty')
  expect(await drawnFaces(page, summaryIntro)).toEqual([NOTO_SANS.regular])
  expect(await drawnFaces(page, page.getByText('County anti-poverty plan · everyone'))).toEqual([
    NOTO_SANS.regular,
  ])
  expect(await drawnFaces(page, page.getByRole('heading', { level: 1 }).getByText('Lueyang County'))).toEqual(
    [NOTO_SANS.bold],
  )
  expect(await drawnFaces(page, page.locator('.plan-title-gloss'))).toEqual([
    expect.stringMatching(NOTO_SANS_SC.regular),
  ])
  // 规划工坊 Plan Workshop: each script in its own bundled face, bold in both.
  expect(await drawnFaces(page, page.locator('.app-title'))).toEqual([
    NOTO_SANS.bold,
    expect.stringMatching(NOTO_SANS_SC.bold),
  ])
  await page.screenshot({ path: 'test-results/screenshots/plan-heading-en-1280x720.png' })
})

/**
 * The app's page as built (its style sheet with every @font-face, whatever it links or preloads), with only
 * English in it: no Noto Sans SC file may be fetched. A device that draws Chinese itself pulls none either,
 * so nothing may fetch a Chinese subset before some Chinese text needs it.
 */
test('a page with only Latin text pulls no Chinese font file', async ({ page }) => {
  const fontFiles: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontFiles.push(new URL(request.url()).pathname)
  })
  const built = await (await page.request.get('/')).text()
  const head = /<head>([\s\S]*)<\/head>/.exec(built)?.[1] ?? ''
  // Everything of the page but its script, which would render the (bilingual) app.
  const latinOnly = `<!doctype html><html lang="en"><head>${head.replace(/<script[^>]*><\/script>/g, '')}</head>
    <body><h1>Join your county group</h1><p><b>Your name</b> — the facilitator’s code · Join</p></body></html>`
  await page.route('**/latin-only', (route) => route.fulfill({ contentType: 'text/html', body: latinOnly }))
  await page.goto('/latin-only')
  expect(head).toContain('rel="stylesheet"')
  await expect(page.getByRole('heading', { name: 'Join your county group' })).toBeVisible()
  await page.evaluate(() => document.fonts.ready)
  expect(await drawnFaces(page, page.getByRole('heading'))).toEqual([NOTO_SANS.bold])
  expect(fontFiles.filter((path) => path.includes('noto-sans-sc'))).toEqual([])
  expect(fontFiles.length).toBeGreaterThan(0)
})

/**
 * A phone with its own Chinese face (PingFang SC, Noto Sans CJK …) draws 中 as a glyph of its own, not as
 * the missing-glyph box: it fetches neither the Chinese faces' rules nor any subset, and its English (the
 * language switch's "English") is drawn by its own Latin face, so it fetches no font file at all. This
 * machine has neither, so the page is told so: 中 measures wider than an unassigned character, and the
 * phone's faces are this machine's DejaVu Sans (its Roboto, and its PingFang SC for the Latin letters and
 * digits in Chinese text).
 */
test('a device that draws Chinese itself fetches no font file: its own faces draw Chinese and English', async ({
  page,
}) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.addInitScript(() => {
    const measure = CanvasRenderingContext2D.prototype.measureText
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      const metrics = measure.call(this, text)
      return text === '中' ? ({ ...metrics, width: metrics.width + 10 } as TextMetrics) : metrics
    }
    for (const family of ['Roboto', 'PingFang SC'])
      document.fonts.add(new FontFace(family, 'local("DejaVu Sans")'))
  })
  await page.goto('/join')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const english = page.getByRole('radiogroup', { name: '界面语言' }).getByText('English')
  expect(await drawnFaces(page, english)).toEqual(['DejaVuSans'])
  expect(fetched.filter((path) => /noto-sans|bundled-chinese-fonts/.test(path))).toEqual([])
})

/**
 * Where the device draws no Chinese, English keeps the bundled Noto Sans first even on a machine with a
 * Latin face the phone stack names: an installed face first would leave Chinese in English text as boxes.
 */
test('a device that draws no Chinese draws English in the bundled Noto Sans, not in its own Latin face', async ({
  page,
}) => {
  await page.addInitScript(() => document.fonts.add(new FontFace('Roboto', 'local("DejaVu Sans")')))
  await page.goto('/join')
  const english = page.getByRole('radiogroup', { name: '界面语言' }).getByText('English')
  expect(await drawnFaces(page, english)).toEqual([NOTO_SANS.regular])
})
