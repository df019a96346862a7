import { PROJECT_ROOT } from '../hub/app-paths'
import { findElectron } from './find-electron'
import {
  missingElectronMessage,
  rebuildingSqliteMessage,
  sqliteRebuildFailedMessage,
  sqliteSwitchedToElectronMessage,
} from './launcher-messages'
import { ensureSqliteForElectron } from './sqlite-for-electron'

/**
 * `npm run rebuild:electron`: builds better-sqlite3 for Electron (for launching or packaging the desktop app)
 * and proves it loads there. `npm start` does the same on its own when needed.
 */
function rebuildForElectron(): number {
  const electron = findElectron(PROJECT_ROOT)
  if (!electron.found) {
    console.error(missingElectronMessage(electron.expectedPath))
    return 1
  }
  const sqlite = ensureSqliteForElectron(electron.path, PROJECT_ROOT, () =>
    console.log(rebuildingSqliteMessage()),
  )
  if (!sqlite.ok) {
    console.error(sqliteRebuildFailedMessage(sqlite.reason))
    return 1
  }
  console.log(sqliteSwitchedToElectronMessage())
  return 0
}

process.exitCode = rebuildForElectron()
