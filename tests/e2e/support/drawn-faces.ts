import type { Locator, Page } from '@playwright/test'

/** The PostScript names of the bundled faces: Noto Sans (Latin) and Noto Sans SC, regular and bold. */
export const NOTO_SANS = { regular: 'NotoSans-Regular', bold: 'NotoSans-Bold' } as const
export const NOTO_SANS_SC = { regular: /^NotoSansSC\w*-Regular$/, bold: /^NotoSansSC\w*-Bold$/ } as const

/**
 * The faces Chromium drew an element's text with, itself and its descendants, by PostScript name (sorted,
 * each once): what the DevTools protocol reports as the platform fonts of the node, after every font
 * the page asked for has loaded. An installed face shows here too (DejaVuSans-Bold drawing boxes).
 */
export async function drawnFaces(page: Page, element: Locator): Promise<string[]> {
  await element.scrollIntoViewIfNeeded()
  await element.evaluate(async (node) => {
    await document.fonts.ready
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    node.setAttribute('data-drawn-faces', '')
  })
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('DOM.enable')
    await session.send('CSS.enable')
    const { root } = await session.send('DOM.getDocument', { depth: 0 })
    const { nodeId } = await session.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '[data-drawn-faces]',
    })
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId })
    return [...new Set(fonts.map((font) => font.postScriptName ?? font.familyName))].sort()
  } finally {
    await session.detach()
    await element.evaluate((node) => node.removeAttribute('data-drawn-faces'))
  }
}
