import { join } from 'node:path'

/** What locating the Electron binary may look at; injected so the rules can be tested without a real install. */
export interface ElectronBinaryProbe {
  /** The installed `electron` package folder (node_modules/electron). */
  electronDir: string
  platform: string
  env: Readonly<Record<string, string | undefined>>
  exists(path: string): boolean
  /** The file's text, or undefined when it cannot be read. */
  readText(path: string): string | undefined
}

export type ElectronBinary = { found: true; path: string } | { found: false; expectedPath: string }

/** The executable inside Electron's dist folder, as the electron package's install script names it. */
export function platformExecutable(platform: string): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron'
    case 'win32':
      return 'electron.exe'
    default:
      return 'electron'
  }
}

/**
 * Finds the Electron binary the way the electron package's index.js does, but without its side effect:
 * requiring `electron` downloads the binary when it is missing, which on an offline machine hangs or fails
 * obscurely. Here a missing binary is just an answer. ELECTRON_OVERRIDE_DIST_PATH wins, as it does there.
 */
export function locateElectronBinary(probe: ElectronBinaryProbe): ElectronBinary {
  const recorded = probe.readText(join(probe.electronDir, 'path.txt'))?.trim() || undefined
  const executable = recorded ?? platformExecutable(probe.platform)
  const override = probe.env.ELECTRON_OVERRIDE_DIST_PATH?.trim()
  const path = override ? join(override, executable) : join(probe.electronDir, 'dist', executable)
  // Without an override, path.txt is what a completed install writes last: no path.txt, no usable binary.
  if (!override && !recorded) return { found: false, expectedPath: path }
  return probe.exists(path) ? { found: true, path } : { found: false, expectedPath: path }
}
