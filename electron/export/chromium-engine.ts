import { findChromium } from './chromium-path'
import type { PdfEngine } from './pdf-engine'
import { PdfEngineUnavailableError } from './pdf-printer'

/**
 * The PDF engine of `npm run serve`: the machine's Chromium, found where the CLI finds it. playwright-core
 * is loaded only here, when the first PDF is asked for: loaded with the hub it would cost every class
 * some 50 MB of memory for an export that may never happen.
 */
export async function launchChromiumEngine(env: NodeJS.ProcessEnv = process.env): Promise<PdfEngine> {
  const lookup = findChromium(env)
  if (!lookup.found) {
    throw new PdfEngineUnavailableError(
      lookup.reason === 'env-path-missing'
        ? `CHROMIUM_PATH ${lookup.path} does not exist`
        : 'no Chromium found',
    )
  }
  const { PlaywrightPdfEngine } = await import('./playwright-engine')
  return PlaywrightPdfEngine.launch(lookup.path)
}
