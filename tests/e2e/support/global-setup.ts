import ensureBuilt from '../../support/ensure-built'

/**
 * The browser tests exercise the code as it is now: the renderer is rebuilt when out/ is missing or older
 * than the sources (and only then, so `vitest run` followed by `playwright test` builds once).
 * E2E_SKIP_BUILD=1 skips even that check while iterating on a spec.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return
  ensureBuilt()
}
