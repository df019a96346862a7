import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

export interface WebPreferencesInput {
  /** Absolute path of the built preload script. */
  preloadPath: string
  /** DevTools help while developing; a packaged app for facilitators has no use for them. */
  devTools: boolean
}

/**
 * The only webPreferences any window of the app gets. Pages come from the hub over HTTP and are treated like
 * any web page: no Node, an isolated and sandboxed preload that exposes `window.native` and nothing else.
 */
export function buildWebPreferences({ preloadPath, devTools }: WebPreferencesInput): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    // A file dropped on the window must not replace the console with that file.
    navigateOnDragDrop: false,
    // Chromium's spellchecker downloads dictionaries from Google: no network calls the user did not ask for.
    spellcheck: false,
    safeDialogs: true,
    devTools,
  }
}

export interface ConsoleWindowInput extends WebPreferencesInput {
  title: string
}

/** The facilitator's console: sized for a laptop screen, shown only once painted so it never flashes blank. */
export function buildConsoleWindowOptions(input: ConsoleWindowInput): BrowserWindowConstructorOptions {
  return {
    title: input.title,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: buildWebPreferences(input),
  }
}
