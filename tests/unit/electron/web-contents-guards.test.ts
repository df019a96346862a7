import type { BrowserWindowConstructorOptions, HandlerDetails, WindowOpenHandlerResponse } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  guardWebContents,
  type BlockedKind,
  type GuardableContents,
} from '../../../electron/main/web-contents-guards'

const HUB = 'http://127.0.0.1:43117'
const childWindowOptions: BrowserWindowConstructorOptions = { webPreferences: { sandbox: true } }

type Listener = (...args: unknown[]) => void

/** A WebContents stand-in that lets a test fire navigation events and window.open calls. */
function guardedFake() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    },
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
      openHandler = handler
    },
  }
  const blocked: Array<[BlockedKind, string]> = []
  guardWebContents(contents as unknown as GuardableContents, {
    hubOrigin: HUB,
    childWindowOptions,
    onBlocked: (kind, url) => blocked.push([kind, url]),
  })

  /** Fires an event and tells whether some listener prevented it. */
  const fire = (event: string, url: string, ...rest: unknown[]): boolean => {
    let prevented = false
    const details = { url, preventDefault: () => (prevented = true) }
    for (const listener of listeners.get(event) ?? []) listener(details, ...rest)
    return prevented
  }
  const open = (url: string) => openHandler?.({ url } as HandlerDetails)
  return { fire, open, blocked, listeners }
}

describe('guardWebContents: a window stays on the hub', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'lets %s within the hub through',
    (event) => {
      const { fire, blocked } = guardedFake()
      expect(fire(event, `${HUB}/console`)).toBe(false)
      expect(blocked).toEqual([])
    },
  )

  it.each([
    ['will-navigate', 'https://www.example.com/', 'navigate'],
    ['will-frame-navigate', 'http://127.0.0.1:1@evil/', 'navigate'],
    ['will-navigate', 'file:///etc/passwd', 'navigate'],
    ['will-redirect', 'http://127.0.0.1:43118/', 'redirect'],
  ] as const)('stops %s to %s', (event, url, kind) => {
    const { fire, blocked } = guardedFake()
    expect(fire(event, url)).toBe(true)
    expect(blocked).toEqual([[kind, url]])
  })

  it('opens hub pages in a new window with the locked-down options', () => {
    const { open } = guardedFake()
    expect(open(`${HUB}/projector`)).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: childWindowOptions,
    })
  })

  it.each(['https://www.example.com/', 'javascript:alert(1)', 'about:blank', 'mailto:a@example.com'])(
    'refuses window.open of %s, without handing it to the OS browser',
    (url) => {
      const { open, blocked } = guardedFake()
      expect(open(url)).toEqual({ action: 'deny' })
      expect(blocked).toEqual([['window-open', url]])
    },
  )

  it('refuses every <webview>, even one pointing at the hub', () => {
    const { listeners, blocked } = guardedFake()
    let prevented = false
    for (const listener of listeners.get('will-attach-webview') ?? []) {
      listener({ preventDefault: () => (prevented = true) }, {}, { src: `${HUB}/` })
    }
    expect(prevented).toBe(true)
    expect(blocked).toEqual([['webview', `${HUB}/`]])
  })
})
