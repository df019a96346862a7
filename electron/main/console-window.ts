import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

/**
 * Opens the facilitator's console on the hub. The window is an ordinary client of the hub, exactly like a
 * browser on a group's laptop; it appears once its first paint is ready.
 */
export function openConsoleWindow(hubUrl: string, options: BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow(options)
  window.once('ready-to-show', () => window.show())
  window.loadURL(hubUrl).catch((error: unknown) => {
    // The page shows Chromium's own error view; the log keeps the reason for support.
    console.error(`Could not load ${hubUrl} in the console window:`, error)
  })
  return window
}

/** Brings an existing window to the front, e.g. when the facilitator launches the app a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
