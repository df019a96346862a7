import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { locateElectronBinary, type ElectronBinary } from './electron-binary'

/** The project's Electron binary, looked up on disk without loading the electron package (which would download). */
export function findElectron(projectRoot: string): ElectronBinary {
  return locateElectronBinary({
    electronDir: join(projectRoot, 'node_modules', 'electron'),
    platform: process.platform,
    env: process.env,
    exists: existsSync,
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return undefined
      }
    },
  })
}
