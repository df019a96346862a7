import type { Locator, Page } from '@playwright/test'

/** The font the app bundles for Chinese (renderer/src/fonts/bundled-chinese-fonts.css). */
export const BUNDLED_FONT = '"Noto Sans SC"'
/** What the app's stack would be without the bundled font: on a machine without a CJK face, boxes. */
const WITHOUT_BUNDLED_FONT = 'system-ui, sans-serif'

interface Rendering {
  /** The element's text as the page drew it. */
  asDrawn: Buffer
  /** The same text, in the same place, drawn by the bundled font alone. */
  inBundledFont: Buffer
  /** The same text drawn by a stack that lacks the bundled font. */
  withoutBundledFont: Buffer
  /** Whether every face the text needs in the bundled font, at the element's weight, has loaded. */
  bundledFacesLoaded: boolean
}

/** Sets the element's font family (null: back to the page's own) and waits until its text is drawn with it. */
async function drawWith(element: Locator, family: string | null): Promise<void> {
  await element.evaluate(async (node: HTMLElement, fontFamily) => {
    const { fontWeight, fontSize } = getComputedStyle(node)
    if (fontFamily) await document.fonts.load(`${fontWeight} ${fontSize} ${fontFamily}`, node.innerText)
    node.style.fontFamily = fontFamily ?? ''
    await document.fonts.ready
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  }, family)
}

/**
 * Screenshots of one element's box: as the page drew it, and redrawn in place with the bundled font alone
 * and without it. A page that falls back to the bundled font draws exactly what the bundled font draws.
 */
export async function renderings(page: Page, element: Locator): Promise<Rendering> {
  await element.evaluate(() => document.fonts.ready)
  const box = await element.boundingBox()
  if (!box) throw new Error('The element is not on screen.')
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.width) + 1,
    height: Math.ceil(box.height) + 1,
  }
  // A screen that arrives as a lazy chunk asks for its faces after `fonts.ready` may already have settled:
  // the page is given a few seconds to load them itself (this never loads a face).
  const bundledFacesLoaded = await element.evaluate(async (node: HTMLElement, family) => {
    const { fontWeight, fontSize } = getComputedStyle(node)
    const loaded = () => document.fonts.check(`${fontWeight} ${fontSize} ${family}`, node.innerText)
    for (let waited = 0; !loaded() && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return loaded()
  }, BUNDLED_FONT)
  const asDrawn = await page.screenshot({ clip })
  await drawWith(element, BUNDLED_FONT)
  const inBundledFont = await page.screenshot({ clip })
  await drawWith(element, WITHOUT_BUNDLED_FONT)
  const withoutBundledFont = await page.screenshot({ clip })
  await drawWith(element, null)
  return { asDrawn, inBundledFont, withoutBundledFont, bundledFacesLoaded }
}
