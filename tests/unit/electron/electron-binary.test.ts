import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  locateElectronBinary,
  platformExecutable,
  type ElectronBinaryProbe,
} from '../../../electron/launcher/electron-binary'
import { desktopEnv, probeEnv, rebuildEnv } from '../../../electron/launcher/launch-env'
import {
  missingElectronMessage,
  sqliteRebuildFailedMessage,
  sqliteSwitchedToElectronMessage,
} from '../../../electron/launcher/launcher-messages'

const ELECTRON_DIR = join('/project', 'node_modules', 'electron')

/** A disk holding exactly the given files (path → text). */
function probe(
  files: Record<string, string>,
  env: Record<string, string> = {},
  platform = 'linux',
): ElectronBinaryProbe {
  return {
    electronDir: ELECTRON_DIR,
    platform,
    env,
    exists: (path) => path in files,
    readText: (path) => files[path],
  }
}

describe('locateElectronBinary: is the desktop binary there, without ever downloading it', () => {
  const pathTxt = join(ELECTRON_DIR, 'path.txt')
  const installed = join(ELECTRON_DIR, 'dist', 'electron')

  it('finds the binary that path.txt names inside dist/', () => {
    expect(locateElectronBinary(probe({ [pathTxt]: 'electron', [installed]: '' }))).toEqual({
      found: true,
      path: installed,
    })
  })

  it('tolerates a trailing newline in path.txt', () => {
    expect(locateElectronBinary(probe({ [pathTxt]: 'electron\n', [installed]: '' })).found).toBe(true)
  })

  it('reports the binary missing when only the npm package is installed (no path.txt, no dist/)', () => {
    expect(locateElectronBinary(probe({}))).toEqual({ found: false, expectedPath: installed })
  })

  it('reports the binary missing when path.txt exists but the download never completed', () => {
    expect(locateElectronBinary(probe({ [pathTxt]: 'electron' }))).toEqual({
      found: false,
      expectedPath: installed,
    })
  })

  it('reports the binary missing when path.txt is empty', () => {
    expect(locateElectronBinary(probe({ [pathTxt]: '', [installed]: '' })).found).toBe(false)
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH instead of dist/, as the electron package does', () => {
    const custom = join('/opt', 'electron-45', 'electron')
    const env = { ELECTRON_OVERRIDE_DIST_PATH: join('/opt', 'electron-45') }
    expect(locateElectronBinary(probe({ [custom]: '' }, env))).toEqual({ found: true, path: custom })
    expect(locateElectronBinary(probe({ [installed]: '', [pathTxt]: 'electron' }, env))).toEqual({
      found: false,
      expectedPath: custom,
    })
  })

  it('names the executable the way the electron installer does on each OS', () => {
    expect(platformExecutable('linux')).toBe('electron')
    expect(platformExecutable('win32')).toBe('electron.exe')
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron')
    const macApp = join('/mac', 'Electron.app/Contents/MacOS/Electron')
    expect(
      locateElectronBinary(probe({ [macApp]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/mac' }, 'darwin')),
    ).toEqual({ found: true, path: macApp })
  })
})

describe('launcher environments', () => {
  it('drops npm’s nodedir before rebuilding, so node-gyp compiles against Electron and not Node', () => {
    const env = rebuildEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' })
    expect(env).toEqual({ PATH: '/bin' })
  })

  it('never launches the desktop app as plain Node', () => {
    expect(desktopEnv({ ELECTRON_RUN_AS_NODE: '1', PATH: '/bin' })).toEqual({ PATH: '/bin' })
  })

  it('probes native modules with Electron running as Node', () => {
    expect(probeEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', ELECTRON_RUN_AS_NODE: '1' })
  })
})

describe('launcher messages', () => {
  const messages = [
    missingElectronMessage('/x/electron', 'fetch failed'),
    sqliteRebuildFailedMessage('no headers'),
    sqliteSwitchedToElectronMessage(),
  ]

  it.each(messages)('are given in English and in Chinese: %s', (message) => {
    expect(message).toMatch(/[A-Za-z]{4,}/)
    expect(message).toMatch(/\p{Script=Han}/u)
  })

  it('offer the browser version when the desktop app cannot start', () => {
    expect(missingElectronMessage('/x/electron', 'fetch failed')).toContain('npm run serve')
    expect(missingElectronMessage('/x/electron', 'fetch failed')).toContain('/x/electron')
    expect(sqliteRebuildFailedMessage('no headers')).toContain('npm run serve')
  })
})
