import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isBuildStale } from '../../electron/hub/cli/build-freshness'

const ROOT = join(import.meta.dirname, '..', '..')
const RENDERER_BUILT = join(ROOT, 'out', 'renderer', 'index.html')
const RENDERER_SOURCES = ['renderer', 'shared'].map((folder) => join(ROOT, folder))
export const HUB_BUILT = join(ROOT, 'out', 'hub', 'serve.js')
export const HUB_SOURCES = ['electron', 'shared'].map((folder) => join(ROOT, folder))

function build(what: string, built: string, args: string[]): void {
  console.log(
    !existsSync(built)
      ? `Building ${what} (out/ is missing)…`
      : `Rebuilding ${what} (out/ is older than the sources)…`,
  )
  execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}

/**
 * Vitest and Playwright global setup: tests run what `npm run serve` runs — the renderer and the hub built
 * into out/ — so each is rebuilt here when it is missing or older than its sources, and no test ever runs
 * against yesterday's screens or hub (nor fails with a confusing "not built" message).
 */
export default function ensureBuilt(): void {
  if (isBuildStale(RENDERER_BUILT, RENDERER_SOURCES))
    build('the app', RENDERER_BUILT, ['electron-vite', 'build'])
  if (isBuildStale(HUB_BUILT, HUB_SOURCES))
    build('the hub', HUB_BUILT, ['vite', 'build', '-c', 'scripts/build/hub-vite-config.ts'])
}
