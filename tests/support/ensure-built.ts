import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isBuildStale } from '../../electron/hub/cli/build-freshness'

const ROOT = join(import.meta.dirname, '..', '..')
const BUILT = join(ROOT, 'out', 'renderer', 'index.html')
const SOURCES = ['renderer', 'shared'].map((folder) => join(ROOT, folder))

/**
 * Vitest global setup: the integration tests that print PDFs or serve pages need the built renderer
 * (out/). It is built here when it is missing or older than the sources, so such a test never fails
 * with a confusing "not built" message or runs against yesterday's screens.
 */
export default function ensureBuilt(): void {
  if (!isBuildStale(BUILT, SOURCES)) return
  console.log(
    !existsSync(BUILT)
      ? 'Building the app (out/ is missing)…'
      : 'Rebuilding the app (out/ is older than the sources)…',
  )
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
