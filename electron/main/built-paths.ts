import { join } from 'node:path'

export interface BuiltPaths {
  rendererDir: string
  preloadPath: string
}

/**
 * electron-vite emits out/main, out/preload and out/renderer side by side (inside app.asar when packaged),
 * so everything is found relative to the built main script's folder.
 * The preload is CommonJS (`index.cjs`): Electron runs a sandboxed preload as a plain script, not as ESM.
 */
export function builtPaths(mainDir: string): BuiltPaths {
  return {
    rendererDir: join(mainDir, '..', 'renderer'),
    preloadPath: join(mainDir, '..', 'preload', 'index.cjs'),
  }
}
