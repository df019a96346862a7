import type { Locator, Page } from '@playwright/test'
import { demoPlanPath } from './support/demo-plan'
import { stepLink } from './support/plan-navigator'
import { expect, test } from './support/test'

test.use({ demo: true })

/**
 * Whether the plan's sticky header covers an element's top, and whether its bottom is on screen. On a
 * phone the header scrolls away and covers nothing.
 */
async function clearOfHeader(element: Locator): Promise<{ covered: boolean; onScreen: boolean }> {
  return element.evaluate((node) => {
    const header = document.querySelector('.plan-header')
    const headerBottom =
      header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0
    const box = node.getBoundingClientRect()
    return { covered: box.top < Math.floor(headerBottom), onScreen: box.bottom <= window.innerHeight }
  })
}

const toBottom = (page: Page) => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`the sticky header covers no step heading, quadrant heading or step at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(`${await demoPlanPath(page)}?step=swot`)
    const stepHeading = page.locator('#step-heading')
    await expect(stepHeading).toHaveText('SWOT 分析')

    // Scrolled down to the board's end, the steps list beside it (on a laptop) starts below the header.
    await toBottom(page)
    if (viewport.width >= 1100) {
      const firstStep = page.locator('.step-nav-link').first()
      expect(await clearOfHeader(firstStep)).toMatchObject({ covered: false })
    }

    // Jumping to another step by keyboard from down there shows its heading below the header.
    await stepLink(page, /问题树/).focus()
    await page.keyboard.press('Enter')
    await expect(stepHeading).toHaveText('问题树')
    await expect.poll(() => clearOfHeader(stepHeading)).toEqual({ covered: false, onScreen: true })

    // A quadrant heading brought into view (a heading jump, a link) stops below the header too.
    await stepLink(page, /SWOT 分析/).focus()
    await page.keyboard.press('Enter')
    await expect(stepHeading).toHaveText('SWOT 分析')
    await toBottom(page)
    for (const name of ['优势', '机会']) {
      const quadrantHeading = page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) })
      await quadrantHeading.evaluate((node) => node.scrollIntoView({ block: 'start' }))
      expect(await clearOfHeader(quadrantHeading), name).toMatchObject({ covered: false })
    }
    await page.screenshot({
      path: `test-results/screenshots/sticky-header-${viewport.width}x${viewport.height}.png`,
    })
  })
}

test('a step that grows right after it opened leaves the page where the person has scrolled it', async ({
  page,
}) => {
  await page.goto(`${await demoPlanPath(page)}?step=problem-tree`)
  const stepHeading = page.locator('#step-heading')
  await expect(stepHeading).toHaveText('问题树')
  await stepLink(page, /SWOT 分析/).click()
  await expect(stepHeading).toHaveText('SWOT 分析')
  // A step with more on it than the window shows (the demo's SWOT board can fit the window whole, and then
  // there is nothing to scroll), added as the step opens, before anyone acts.
  await page.evaluate(() => {
    const filled = document.createElement('div')
    filled.id = 'filled-step'
    filled.style.height = '1200px'
    document.querySelector('.plan-step')?.append(filled)
  })
  // Straight away the person scrolls down to work, and the step grows (a co-editor's card, a late chunk).
  await page.mouse.move(640, 500)
  await page.mouse.wheel(0, 900)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
  // What the person sees: where the step's content sits in the window. Not the scroll position itself: when
  // something above shrinks meanwhile (a late part of the page taking its place), the browser's scroll
  // anchoring moves the scroll position to keep this content still.
  const inView = () => page.locator('#filled-step').evaluate((node) => node.getBoundingClientRect().top)
  const before = await inView()
  await page.evaluate(async () => {
    const growth = document.createElement('div')
    growth.style.height = '400px'
    document.querySelector('.plan-step')?.append(growth)
    // Two frames: the resize is observed and any follow-up scroll has happened.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
  expect(Math.abs((await inView()) - before)).toBeLessThanOrEqual(1)
})
