import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtPaths } from '../../../electron/main/built-paths'
import { buildConsoleWindowOptions, buildWebPreferences } from '../../../electron/main/window-options'

const preloadPath = '/app/out/preload/index.cjs'

describe('buildWebPreferences: every window treats the hub’s pages like any web page', () => {
  const prefs = buildWebPreferences({ preloadPath, devTools: false })

  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    })
  })

  it('keeps the web platform’s own protections on', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
  })

  it('loads the given preload and nothing else', () => {
    expect(prefs.preload).toBe(preloadPath)
  })

  it('makes no network calls of its own (spellchecker dictionaries) and ignores dropped files', () => {
    expect(prefs.spellcheck).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
  })

  it('offers DevTools only when asked to', () => {
    expect(prefs.devTools).toBe(false)
    expect(buildWebPreferences({ preloadPath, devTools: true }).devTools).toBe(true)
  })
})

describe('buildConsoleWindowOptions', () => {
  const options = buildConsoleWindowOptions({ preloadPath, devTools: false, title: '规划工坊' })

  it('uses the locked-down preferences', () => {
    expect(options.webPreferences).toEqual(buildWebPreferences({ preloadPath, devTools: false }))
  })

  it('stays hidden until first paint and has the app’s name as its title', () => {
    expect(options.show).toBe(false)
    expect(options.title).toBe('规划工坊')
  })
})

describe('builtPaths: the bundle’s folders sit side by side', () => {
  it('finds the renderer and the CommonJS preload next to the built main script', () => {
    const mainDir = join('/opt', 'Plan Workshop', 'resources', 'app.asar', 'out', 'main')
    expect(builtPaths(mainDir)).toEqual({
      rendererDir: join('/opt', 'Plan Workshop', 'resources', 'app.asar', 'out', 'renderer'),
      preloadPath: join('/opt', 'Plan Workshop', 'resources', 'app.asar', 'out', 'preload', 'index.cjs'),
    })
  })
})
