import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { locateElectronBinary, type ElectronBinary } from './electron-binary'

/** The installed electron npm package of a project checkout. */
export function electronPackageDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules', 'electron')
}

/** The Electron binary of an electron package folder, looked up on disk without loading the package (which would download). */
export function findElectron(electronDir: string): ElectronBinary {
  return locateElectronBinary({
    electronDir,
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

/** The package's version, which is the Electron version its installer downloads. */
export function electronPackageVersion(electronDir: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version?: unknown }
    return typeof pkg.version === 'string' ? pkg.version : undefined
  } catch {
    return undefined
  }
}
