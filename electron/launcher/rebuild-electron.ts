import { PROJECT_ROOT } from '../hub/app-paths'
import { electronForLaunch } from './electron-for-launch'
import {
  rebuildingSqliteMessage,
  sqliteRebuildFailedMessage,
  sqliteSwitchedToElectronMessage,
} from './launcher-messages'
import { ensureSqliteForElectron } from './sqlite-for-electron'

/**
 * `npm run rebuild:electron`: builds better-sqlite3 for Electron (for launching or packaging the desktop app)
 * and proves it loads there. `npm start` does the same on its own when needed.
 */
async function rebuildForElectron(): Promise<number> {
  const electronPath = await electronForLaunch(PROJECT_ROOT)
  if (!electronPath) return 1
  const sqlite = ensureSqliteForElectron(electronPath, PROJECT_ROOT, () =>
    console.log(rebuildingSqliteMessage()),
  )
  if (!sqlite.ok) {
    console.error(sqliteRebuildFailedMessage(sqlite.reason))
    return 1
  }
  console.log(sqliteSwitchedToElectronMessage())
  return 0
}

process.exitCode = await rebuildForElectron()
