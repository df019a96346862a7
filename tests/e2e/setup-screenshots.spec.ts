import { expect, test } from './support/test'

test.use({ demo: true })

/**
 * Pictures of the setup screen with the demo counties at projector (1280×720) and desktop (1920×1080)
 * size, for people to look at: test-results/screenshots/. They assert only that the table fits the width.
 */
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`counties tab at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    await page.getByRole('link', { name: /2018 贫困县扶贫培训班/ }).click()
    await expect(page.getByRole('row', { name: /略阳县/ })).toBeVisible()
    await expect(page.getByRole('button', { name: '删除巴东县' })).toBeVisible()

    // Every column, actions included, is reachable without scrolling sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expect(page.getByRole('button', { name: '编辑略阳县' })).toBeInViewport()

    await page.screenshot({
      path: `test-results/screenshots/setup-counties-${viewport.width}x${viewport.height}.png`,
    })
  })
}
