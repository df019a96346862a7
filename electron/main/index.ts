import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pickLocale, type Locale } from '../../shared/locale/locale'
import { startRecoverableHub, type HubHandle } from '../hub/recovery/recoverable-hub'
import { buildAppMenuTemplate } from './app-menu'
import { builtPaths } from './built-paths'
import { focusWindow, openConsoleWindow } from './console-window'
import { ElectronPdfEngine } from './print-to-pdf'
import { createNativeHandlers } from './native-handlers'
import { createProjectorControl } from './projector-window'
import { registerNativeHandlers } from './register-native-handlers'
import { applyPermissionPolicy } from './session-permissions'
import { shellMessage } from './shell-messages'
import { describeStartupError } from './startup-error'
import { buildConsoleWindowOptions } from './window-options'
import { guardWebContents } from './web-contents-guards'

/** How long quitting waits for the hub to finish its last writes and close connections. */
const HUB_CLOSE_TIMEOUT_MS = 5_000

/**
 * The Electron shell: one instance per machine, the hub started in-process on a free loopback port, and a
 * console window that is just another client of it. No business logic lives here
 * (docs/architecture.md "The Electron shell").
 */
async function main(): Promise<void> {
  // A second copy would open a second database on the same data folder; hand over to the first instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Every renderer sandboxed, whatever options a window is created with.
  app.enableSandbox()

  let consoleWindow: BrowserWindow | undefined
  app.on('second-instance', () => {
    if (consoleWindow && !consoleWindow.isDestroyed()) focusWindow(consoleWindow)
  })

  await app.whenReady()
  const locale: Locale = pickLocale(app.getLocale())
  const version = app.getVersion()
  const dataDir = join(app.getPath('userData'), 'data')
  const { rendererDir, preloadPath } = builtPaths(import.meta.dirname)
  if (!existsSync(preloadPath)) {
    // The console still works as a web page, but without native powers; say why in the log.
    console.error(`Preload not found at ${preloadPath}: the preload must be built as CommonJS (index.cjs).`)
  }

  // A damaged database is set aside and the console shows the recovery screen at the same address.
  let hub: HubHandle
  try {
    hub = await startRecoverableHub({
      dataDir,
      port: 0,
      host: '127.0.0.1',
      rendererDir,
      version,
      // PDFs are printed by Electron itself; first used after the hub is up, so hub is set by then.
      createPdfEngine: async () => new ElectronPdfEngine(new URL(hub.url).origin),
    })
  } catch (error) {
    console.error('The hub could not start:', error)
    const { title, message } = describeStartupError(error, locale, dataDir)
    dialog.showErrorBox(title, message)
    app.exit(1)
    return
  }
  const hubOrigin = new URL(hub.url).origin
  console.log(`Plan Workshop hub at ${hub.url} (data: ${dataDir})`)

  const windowOptions = buildConsoleWindowOptions({
    preloadPath,
    devTools: !app.isPackaged,
    title: shellMessage('app.name', locale),
  })
  applyPermissionPolicy(session.defaultSession, hubOrigin)
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      hubOrigin,
      childWindowOptions: windowOptions,
      onBlocked: (kind, url) => console.warn(`Blocked ${kind} to ${url}`),
    })
  })
  const projector = createProjectorControl(hubOrigin, {
    preloadPath,
    devTools: !app.isPackaged,
    title: shellMessage('projector.title', locale),
  })
  registerNativeHandlers(ipcMain, hubOrigin, createNativeHandlers({ appVersion: version, projector }))

  const showAbout = (): void => {
    void dialog.showMessageBox({
      type: 'info',
      title: shellMessage('menu.about', locale),
      message: shellMessage('app.name', locale),
      detail: shellMessage('about.detail', locale, { version, dataDir }),
      buttons: [shellMessage('about.ok', locale)],
    })
  }
  const openDataFolder = (): void => {
    void shell.openPath(dataDir).then((failure) => {
      if (failure) console.error(`Could not open ${dataDir}: ${failure}`)
    })
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({
        locale,
        platform: process.platform,
        devTools: !app.isPackaged,
        actions: { openDataFolder, showAbout },
      }),
    ),
  )

  const openConsole = (): void => {
    consoleWindow = openConsoleWindow(`${hub.url}/`, windowOptions)
  }
  openConsole()

  // On macOS the app (and the hub the groups use) stays up with no window, as Mac users expect.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openConsole()
  })

  let hubClosed = false
  app.on('will-quit', (event) => {
    if (hubClosed) return
    // Hold the quit until SQLite is closed cleanly, then quit for real.
    event.preventDefault()
    hubClosed = true
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, HUB_CLOSE_TIMEOUT_MS))
    void Promise.race([hub.close(), timeout])
      .catch((error: unknown) => console.error('The hub did not close cleanly:', error))
      .finally(() => app.quit())
  })
}

main().catch((error: unknown) => {
  console.error('Plan Workshop failed to start:', error)
  const { title, message } = describeStartupError(
    error,
    pickLocale(app.getLocale()),
    join(app.getPath('userData'), 'data'),
  )
  dialog.showErrorBox(title, message)
  app.exit(1)
})
