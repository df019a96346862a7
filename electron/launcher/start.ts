import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../hub/app-paths'
import { electronForLaunch } from './electron-for-launch'
import { desktopEnv } from './launch-env'
import {
  buildFailedMessage,
  rebuildingSqliteMessage,
  sqliteRebuildFailedMessage,
  sqliteSwitchedToElectronMessage,
} from './launcher-messages'
import { ensureSqliteForElectron } from './sqlite-for-electron'

/**
 * `npm start`: fetch the Electron binary on the first run, build, make sure the native SQLite module suits
 * Electron, launch the desktop app. Where the binary cannot be fetched (offline, proxy, blocked host) it says
 * why and points to `npm run serve`.
 */
async function start(): Promise<number> {
  const electronPath = await electronForLaunch(PROJECT_ROOT)
  if (!electronPath) return 1

  const require = createRequire(import.meta.url)
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error(buildFailedMessage())
    return 1
  }

  const sqlite = ensureSqliteForElectron(electronPath, PROJECT_ROOT, () =>
    console.log(rebuildingSqliteMessage()),
  )
  if (!sqlite.ok) {
    console.error(sqliteRebuildFailedMessage(sqlite.reason))
    return 1
  }
  if (sqlite.rebuilt) console.log(sqliteSwitchedToElectronMessage())

  const app = spawn(electronPath, ['.', ...process.argv.slice(2)], {
    cwd: PROJECT_ROOT,
    env: desktopEnv(process.env),
    stdio: 'inherit',
  })
  // Ctrl+C in the terminal should close the app, not leave it running without its launcher.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal))
  return new Promise<number>((resolve) => {
    app.on('error', (error) => {
      console.error(`Could not launch ${electronPath}: ${error.message}`)
      resolve(1)
    })
    app.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

process.exitCode = await start()
