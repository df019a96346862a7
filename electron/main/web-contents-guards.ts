import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { isHubUrl } from './hub-url-guard'

export type BlockedKind = 'navigate' | 'redirect' | 'window-open' | 'webview'

export interface GuardOptions {
  hubOrigin: string
  /** Options for windows the hub's pages open (e.g. a projector view); they get the same locked-down preferences. */
  childWindowOptions: BrowserWindowConstructorOptions
  /** Told about every refusal, for the log. */
  onBlocked?: (kind: BlockedKind, url: string) => void
}

/** The part of WebContents the guards use, so tests can drive them with a fake. */
export type GuardableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Keeps a window on the hub: navigations, redirects and new windows go through only when the target is the hub's
 * origin. External links are refused rather than opened in a browser: facilitators work offline, and a page
 * that could send the OS to arbitrary URLs is a door we do not need. Applied to every WebContents the app creates.
 */
export function guardWebContents(contents: GuardableContents, options: GuardOptions): void {
  const { hubOrigin, childWindowOptions, onBlocked } = options
  const refuse = (kind: BlockedKind, url: string, preventDefault: () => void): void => {
    preventDefault()
    onBlocked?.(kind, url)
  }

  // will-frame-navigate also covers subframes; will-navigate is kept as a second, main-frame-only net.
  contents.on('will-frame-navigate', (event) => {
    if (!isHubUrl(event.url, hubOrigin)) refuse('navigate', event.url, () => event.preventDefault())
  })
  contents.on('will-navigate', (event) => {
    if (!isHubUrl(event.url, hubOrigin)) refuse('navigate', event.url, () => event.preventDefault())
  })
  contents.on('will-redirect', (event) => {
    if (!isHubUrl(event.url, hubOrigin)) refuse('redirect', event.url, () => event.preventDefault())
  })
  // webviewTag is off in webPreferences; this refuses a <webview> even if that ever changed.
  contents.on('will-attach-webview', (event, _webPreferences, params) => {
    refuse('webview', params.src ?? '', () => event.preventDefault())
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isHubUrl(url, hubOrigin)) return { action: 'allow', overrideBrowserWindowOptions: childWindowOptions }
    onBlocked?.('window-open', url)
    return { action: 'deny' }
  })
}
