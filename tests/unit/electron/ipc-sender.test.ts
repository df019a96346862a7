import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../electron/main/ipc-sender'
import { createNativeHandlers } from '../../../electron/main/native-handlers'
import {
  registerNativeHandlers,
  UntrustedSenderError,
  type IpcMainLike,
  type NativeHandlers,
} from '../../../electron/main/register-native-handlers'
import { NATIVE_CHANNELS } from '../../../shared/ipc/native-api'

const HUB = 'http://127.0.0.1:43117'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** Stands in for ipcMain: records handlers so a test can "invoke" them as a given frame. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener as Listener),
    removeHandler: (channel) => void handlers.delete(channel),
  }
  const invoke = async (channel: string, frameUrl: string | null, ...args: unknown[]) => {
    const listener = handlers.get(channel)
    if (!listener) throw new Error(`No handler for '${channel}'`)
    const event = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
    } as unknown as IpcMainInvokeEvent
    return listener(event, ...args)
  }
  return { ipc, handlers, invoke }
}

describe('isTrustedSender: native calls are answered only for frames showing the hub', () => {
  it('trusts a frame on the hub origin', () => {
    expect(isTrustedSender(`${HUB}/console`, HUB)).toBe(true)
  })

  it.each([
    ['a frame on another port', 'http://127.0.0.1:9/'],
    ['a frame on another site (e.g. an iframe)', 'https://evil.example/'],
    ['a file page', 'file:///tmp/page.html'],
    ['about:blank', 'about:blank'],
    ['a frame that no longer exists', null],
    ['a frame without a URL', undefined],
  ])('refuses %s', (_case, url) => {
    expect(isTrustedSender(url, HUB)).toBe(false)
  })
})

describe('registerNativeHandlers', () => {
  const closed = { open: false, displayId: null, fullscreen: false }
  const projector = {
    displays: () => [],
    open: () => Promise.resolve(closed),
    toggleFullscreen: () => closed,
    close: () => closed,
  }
  const handlers: NativeHandlers = createNativeHandlers({ appVersion: '1.2.3', projector })

  it('registers exactly the channels of the contract', () => {
    const { ipc, handlers: registered } = fakeIpcMain()
    registerNativeHandlers(ipc, HUB, handlers)
    expect([...registered.keys()].sort()).toEqual(Object.values(NATIVE_CHANNELS).sort())
  })

  it('answers the hub’s page', async () => {
    const { ipc, invoke } = fakeIpcMain()
    registerNativeHandlers(ipc, HUB, handlers)
    await expect(invoke(NATIVE_CHANNELS.appVersion, `${HUB}/console`)).resolves.toBe('1.2.3')
  })

  it('rejects a call from any other page without running the handler', async () => {
    let ran = false
    const spy: NativeHandlers = {
      ...handlers,
      'native:app-version': () => {
        ran = true
        return 'x'
      },
    }
    const { ipc, invoke } = fakeIpcMain()
    registerNativeHandlers(ipc, HUB, spy)
    await expect(invoke(NATIVE_CHANNELS.appVersion, 'https://evil.example/')).rejects.toBeInstanceOf(
      UntrustedSenderError,
    )
    await expect(invoke(NATIVE_CHANNELS.appVersion, null)).rejects.toBeInstanceOf(UntrustedSenderError)
    expect(ran).toBe(false)
  })

  it('hands the renderer’s arguments to the handler as untrusted data', async () => {
    const seen: unknown[][] = []
    const spy: NativeHandlers = {
      ...handlers,
      'native:app-version': (args) => {
        seen.push([...args])
        return 'x'
      },
    }
    const { ipc, invoke } = fakeIpcMain()
    registerNativeHandlers(ipc, HUB, spy)
    await invoke(NATIVE_CHANNELS.appVersion, HUB, { sneaky: true }, 42)
    expect(seen).toEqual([[{ sneaky: true }, 42]])
  })

  it('returns a function that removes every handler it added', () => {
    const { ipc, handlers: registered } = fakeIpcMain()
    const unregister = registerNativeHandlers(ipc, HUB, handlers)
    unregister()
    expect(registered.size).toBe(0)
  })
})
