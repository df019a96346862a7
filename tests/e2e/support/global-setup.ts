import { execFileSync } from 'node:child_process'
import { PROJECT_ROOT } from './project-root'

/**
 * Builds the renderer (and the Electron entry points) once per run, so the browser tests exercise the
 * code as it is now rather than whatever was last built. E2E_SKIP_BUILD=1 skips it while iterating on a spec.
 */
export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return
  execFileSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
}
