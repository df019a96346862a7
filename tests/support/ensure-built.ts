import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')
const BUILT = join(ROOT, 'out', 'renderer', 'index.html')
const SOURCES = ['renderer', 'shared'].map((folder) => join(ROOT, folder))

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

function builtAt(): number | null {
  try {
    return statSync(BUILT).mtimeMs
  } catch {
    return null
  }
}

/**
 * Vitest global setup: the integration tests that print PDFs or serve pages need the built renderer
 * (out/). It is built here when it is missing or older than the sources, so such a test never fails
 * with a confusing "not built" message or runs against yesterday's screens.
 */
export default function ensureBuilt(): void {
  const built = builtAt()
  if (built !== null && built >= Math.max(...SOURCES.map(newestChange))) return
  console.log(
    built === null
      ? 'Building the app (out/ is missing)…'
      : 'Rebuilding the app (out/ is older than the sources)…',
  )
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
}
