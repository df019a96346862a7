import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROJECT_ROOT } from '../app-paths'
import { isBuildStale } from './build-freshness'
import { serveMessage } from './serve-messages'

const HUB_SOURCES = ['electron', 'shared'].map((folder) => join(PROJECT_ROOT, folder))

/**
 * `npm run serve` runs the hub built into out/hub (see scripts/build/hub-vite-config.ts). After a pull or an
 * edit without `npm run build` that would quietly run the old code: say so. Checked after the hub answers,
 * so the walk over the sources never delays start-up; from source (tsx) there is nothing to be stale.
 */
export function warnIfStaleBuild(): void {
  const running = fileURLToPath(import.meta.url)
  if (!running.endsWith('.js')) return
  setTimeout(() => {
    if (isBuildStale(running, HUB_SOURCES)) console.warn(serveMessage('staleBuild'))
  }, 0).unref()
}
