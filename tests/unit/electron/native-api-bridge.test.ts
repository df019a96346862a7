import { describe, expect, it } from 'vitest'
import { createNativeApi, type NativeInvoke } from '../../../electron/preload/create-native-api'
import { NATIVE_CHANNELS } from '../../../shared/ipc/native-api'

describe('window.native as the preload builds it', () => {
  const calls: Array<{ channel: string; args: unknown[] }> = []
  const invoke = ((channel: string, ...args: unknown[]) => {
    calls.push({ channel, args })
    return Promise.resolve('9.9.9')
  }) as NativeInvoke
  const api = createNativeApi(invoke, 'linux')

  it('offers only the contract’s methods and the platform: no ipcRenderer, no send, no generic invoke', () => {
    expect(Object.keys(api).sort()).toEqual([
      'appVersion',
      'closeProjector',
      'listDisplays',
      'openProjector',
      'platform',
      'toggleProjectorFullscreen',
    ])
    expect(api.platform).toBe('linux')
  })

  it('asks main for the version on the contract’s channel, with no arguments from the page', async () => {
    await expect(api.appVersion()).resolves.toBe('9.9.9')
    expect(calls).toEqual([{ channel: NATIVE_CHANNELS.appVersion, args: [] }])
  })

  it('cannot be altered by the page', () => {
    expect(Object.isFrozen(api)).toBe(true)
  })
})
