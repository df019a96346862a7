import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Paths inside the project checkout, for `npm run serve`, the CLI and the tests
 * (the Electron shell passes its own packaged paths instead).
 */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUILT_RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer')
export const DEMO_FILE = join(PROJECT_ROOT, 'resources', 'demo', 'demo-workshop.json')

export function projectVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}
