import { describe, expect, it } from 'vitest'
import { createNativeHandlers } from '../../../electron/main/native-handlers'
import {
  buildProjectorWindowOptions,
  chooseProjectorDisplay,
  listDisplays,
  parseOpenProjectorArgs,
  projectorPlacement,
  type DisplayLike,
} from '../../../electron/main/projector-placement'
import type { ProjectorControl } from '../../../electron/main/projector-window'
import { createNativeApi, type NativeInvoke } from '../../../electron/preload/create-native-api'
import { NATIVE_CHANNELS, type ProjectorWindowState } from '../../../shared/ipc/native-api'
import { parseProjectorPath, projectorPath } from '../../../shared/session/projector-link'

const laptop: DisplayLike = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
  internal: true,
}
const projectorScreen: DisplayLike = {
  id: 2,
  label: 'EPSON PJ',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
  internal: false,
}
const monitor: DisplayLike = {
  ...projectorScreen,
  id: 3,
  label: 'DELL',
  bounds: { ...projectorScreen.bounds, x: 3360 },
}
const PATH = projectorPath('workshop-2018-01', 'T'.repeat(43))

describe('placing the projector window', () => {
  it('lists the displays with the laptop screen first', () => {
    expect(listDisplays([projectorScreen, laptop], laptop.id)).toEqual([
      { id: 1, label: 'Built-in Retina Display', width: 1440, height: 900, primary: true, internal: true },
      { id: 2, label: 'EPSON PJ', width: 1920, height: 1080, primary: false, internal: false },
    ])
  })

  it('goes fullscreen on the external display when one is connected', () => {
    const target = chooseProjectorDisplay([laptop, projectorScreen], null, laptop.id)
    expect(target?.id).toBe(2)
    expect(projectorPlacement(target, laptop)).toEqual({ bounds: projectorScreen.bounds, fullscreen: true })
  })

  it('honours the display the facilitator picked, and falls back when it was unplugged', () => {
    expect(chooseProjectorDisplay([laptop, projectorScreen, monitor], 3, laptop.id)?.id).toBe(3)
    expect(chooseProjectorDisplay([laptop, projectorScreen], 3, laptop.id)?.id).toBe(2)
  })

  it('with only the laptop screen, opens a normal 1280×720 window centred in its work area', () => {
    const target = chooseProjectorDisplay([laptop], null, laptop.id)
    expect(target).toBeNull()
    expect(projectorPlacement(target, laptop)).toEqual({
      bounds: { x: 80, y: 103, width: 1280, height: 720 },
      fullscreen: false,
    })
    // Asked for the laptop itself: a window there too, never a fullscreen over the console.
    expect(projectorPlacement(laptop, laptop).fullscreen).toBe(false)
  })

  it('fits a small screen', () => {
    const small = { ...laptop, workArea: { x: 0, y: 0, width: 1024, height: 600 } }
    expect(projectorPlacement(null, small).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 })
  })

  it('builds the window with the same locked-down page preferences and no menu bar', () => {
    const options = buildProjectorWindowOptions({
      preloadPath: '/app/out/preload/index.cjs',
      devTools: false,
      title: '规划工坊 · 投影',
      placement: { bounds: projectorScreen.bounds, fullscreen: true },
    })
    expect(options).toMatchObject({
      ...projectorScreen.bounds,
      fullscreen: true,
      autoHideMenuBar: true,
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    })
  })
})

describe('the projector over the preload bridge', () => {
  const isProjector = (value: unknown) => parseProjectorPath(value) !== null

  it('accepts a projector path and a display id or null, and nothing else', () => {
    expect(parseOpenProjectorArgs([PATH, 2], isProjector)).toEqual({ path: PATH, displayId: 2 })
    expect(parseOpenProjectorArgs([PATH, null], isProjector)).toEqual({ path: PATH, displayId: null })
    expect(() => parseOpenProjectorArgs(['https://example.com/', null], isProjector)).toThrow()
    expect(() => parseOpenProjectorArgs(['/plan/a/b', null], isProjector)).toThrow()
    expect(() => parseOpenProjectorArgs([PATH, '2'], isProjector)).toThrow()
    expect(() => parseOpenProjectorArgs([PATH, 1.5], isProjector)).toThrow()
  })

  it('routes each call to the projector control', async () => {
    const calls: string[] = []
    const state: ProjectorWindowState = { open: true, displayId: 2, fullscreen: true }
    const projector: ProjectorControl = {
      displays: () => listDisplays([laptop, projectorScreen], laptop.id),
      open: (path, displayId) => {
        calls.push(`open ${path} ${displayId}`)
        return Promise.resolve(state)
      },
      toggleFullscreen: () => {
        calls.push('toggle')
        return { ...state, fullscreen: false }
      },
      close: () => {
        calls.push('close')
        return { open: false, displayId: null, fullscreen: false }
      },
    }
    const handlers = createNativeHandlers({ appVersion: '1.0.0', projector })
    expect(await handlers['native:list-displays']([])).toHaveLength(2)
    expect(await handlers['native:open-projector']([PATH, 2])).toEqual(state)
    expect(() => handlers['native:open-projector'](['/print/x', null])).toThrow()
    expect(await handlers['native:toggle-projector-fullscreen']([])).toMatchObject({ fullscreen: false })
    expect(await handlers['native:close-projector']([])).toMatchObject({ open: false })
    expect(calls).toEqual([`open ${PATH} 2`, 'toggle', 'close'])
  })

  it('the page calls them through window.native on the contract’s channels', async () => {
    const sent: Array<{ channel: string; args: unknown[] }> = []
    const invoke = ((channel: string, ...args: unknown[]) => {
      sent.push({ channel, args })
      return Promise.resolve(null)
    }) as NativeInvoke
    const api = createNativeApi(invoke, 'win32')
    await api.openProjector(PATH, null)
    await api.listDisplays()
    await api.toggleProjectorFullscreen()
    await api.closeProjector()
    expect(sent).toEqual([
      { channel: NATIVE_CHANNELS.openProjector, args: [PATH, null] },
      { channel: NATIVE_CHANNELS.listDisplays, args: [] },
      { channel: NATIVE_CHANNELS.toggleProjectorFullscreen, args: [] },
      { channel: NATIVE_CHANNELS.closeProjector, args: [] },
    ])
  })
})
