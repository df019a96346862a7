import { findChromium } from './chromium-path'
import type { PdfEngine } from './pdf-engine'
import { PdfEngineUnavailableError } from './pdf-printer'
import { PlaywrightPdfEngine } from './playwright-engine'

/** The PDF engine of `npm run serve`: the machine's Chromium, found where the CLI finds it. */
export async function launchChromiumEngine(env: NodeJS.ProcessEnv = process.env): Promise<PdfEngine> {
  const lookup = findChromium(env)
  if (!lookup.found) {
    throw new PdfEngineUnavailableError(
      lookup.reason === 'env-path-missing'
        ? `CHROMIUM_PATH ${lookup.path} does not exist`
        : 'no Chromium found',
    )
  }
  return PlaywrightPdfEngine.launch(lookup.path)
}
