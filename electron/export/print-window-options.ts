import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The hidden window Electron prints a PDF from: never shown, sandboxed, no preload (a print view needs
 * no native powers), and not throttled while hidden, or its requestAnimationFrame, which the print
 * view waits on, would crawl. Wide enough for the print view's screen layout of landscape sheets.
 */
export function buildPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1280,
    height: 900,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools: false,
      backgroundThrottling: false,
    },
  }
}

/** Only the hub's own print views may be loaded into a print window. */
export function isPrintViewUrl(url: string, hubOrigin: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.origin === hubOrigin && parsed.pathname.startsWith('/print/')
  } catch {
    return false
  }
}
