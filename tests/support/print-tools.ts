import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { findChromium } from '../../electron/export/chromium-path'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'

/** The Chromium that tests print with; throws, saying what to do, when it or the built print view is missing. */
export function requirePrintTools(): string {
  const chromium = findChromium()
  if (!chromium.found) throw new Error('These tests print with Chromium: install it or set CHROMIUM_PATH.')
  if (!existsSync(join(BUILT_RENDERER_DIR, 'index.html')))
    throw new Error('The print view is not built: run npm run build first.')
  return chromium.path
}
