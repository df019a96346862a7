import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { probeEnv, rebuildEnv } from './launch-env'

export type Outcome = { ok: true } | { ok: false; reason: string }

const require = createRequire(import.meta.url)

/** Opens an in-memory database, which loads the native addon; throws if it was built for another runtime. */
const OPEN_DATABASE = "const D = require('better-sqlite3'); new D(':memory:').close()"

/**
 * Asks Electron itself (running as Node) whether better-sqlite3 loads, rather than inferring it from Node:
 * a module that fails under Node is not necessarily one that works in Electron.
 */
export function sqliteLoadsInElectron(electronPath: string, projectRoot: string): Outcome {
  const result = spawnSync(electronPath, ['-e', OPEN_DATABASE], {
    cwd: projectRoot,
    env: probeEnv(process.env),
    encoding: 'utf8',
    timeout: 60_000,
  })
  if (result.status === 0) return { ok: true }
  const reason =
    result.error?.message ?? firstErrorLine(result.stderr) ?? `exit code ${String(result.status)}`
  return { ok: false, reason }
}

/** Rebuilds the app's native modules for the installed Electron (electron-builder install-app-deps). */
export function rebuildSqliteForElectron(projectRoot: string): Outcome {
  const cli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js')
  const result = spawnSync(process.execPath, [cli, 'install-app-deps'], {
    cwd: projectRoot,
    env: rebuildEnv(process.env),
    stdio: 'inherit',
  })
  if (result.status === 0) return { ok: true }
  return {
    ok: false,
    reason: result.error?.message ?? `electron-builder install-app-deps exited with ${String(result.status)}`,
  }
}

function firstErrorLine(stderr: string | undefined): string | undefined {
  return stderr
    ?.split('\n')
    .map((line) => line.trim())
    .find((line) => /error/i.test(line))
}

/**
 * Makes sure the desktop app can open its database: rebuilds for Electron when needed, then checks again,
 * because a rebuild can report success and still leave a Node build behind (see rebuildEnv).
 */
export function ensureSqliteForElectron(
  electronPath: string,
  projectRoot: string,
  onRebuild: () => void,
): Outcome & { rebuilt: boolean } {
  if (sqliteLoadsInElectron(electronPath, projectRoot).ok) return { ok: true, rebuilt: false }
  onRebuild()
  const rebuild = rebuildSqliteForElectron(projectRoot)
  if (!rebuild.ok) return { ...rebuild, rebuilt: false }
  return { ...sqliteLoadsInElectron(electronPath, projectRoot), rebuilt: true }
}
