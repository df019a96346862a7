import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { PROJECT_ROOT } from '../app-paths'
import { serveMessage } from './serve-messages'

/**
 * better-sqlite3 is a native module: a copy rebuilt for Electron (to launch the desktop app)
 * fails to load under Node with NODE_MODULE_VERSION errors. `npm run serve`, the CLI and the tests
 * run under Node, so they put the Node build back before opening a database.
 */
export default function ensureNodeSqlite(): void {
  const require = createRequire(import.meta.url)
  try {
    const Database = require('better-sqlite3') as new (path: string) => { close(): void }
    new Database(':memory:').close()
  } catch (error) {
    if (!String(error).includes('NODE_MODULE_VERSION')) throw error
    console.warn(serveMessage('rebuildingSqlite'))
    execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', cwd: PROJECT_ROOT })
  }
}
