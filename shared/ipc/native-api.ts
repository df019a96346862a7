/**
 * The contract between the Electron shell (main + preload) and the renderer: the only native powers a page
 * can reach. Everything here is a type or a constant so that main, preload and renderer share one source and
 * cannot drift. The renderer also runs in plain browsers (group devices, `npm run serve`), where there is no
 * shell: `window.native` is then undefined and the renderer must cope.
 */

/** Every invoke channel, prefixed so a stray `ipcMain.handle` elsewhere cannot collide with ours. */
export const NATIVE_CHANNELS = {
  appVersion: 'native:app-version',
} as const

export type NativeChannel = (typeof NATIVE_CHANNELS)[keyof typeof NATIVE_CHANNELS]

/** What each channel takes from the renderer and answers. Arguments are re-validated in main: never trust them. */
export interface NativeInvokeContract {
  'native:app-version': { args: []; result: string }
}

export type NativeArgs<C extends NativeChannel> = NativeInvokeContract[C]['args']
export type NativeResult<C extends NativeChannel> = NativeInvokeContract[C]['result']

/** `window.native`, as the preload exposes it. Grows one method per native power; nothing generic. */
export interface NativeApi {
  /** Node's name for the facilitator's OS ('win32', 'darwin', 'linux'), e.g. for keyboard-shortcut hints. */
  readonly platform: string
  /** The desktop app's version (package.json `version`). */
  appVersion(): Promise<NativeResult<'native:app-version'>>
}

declare global {
  // Merges with the DOM's Window in the renderer; elsewhere it is an inert declaration (no DOM lib needed).
  interface Window {
    /** Present only inside the desktop app; undefined in a plain browser. */
    native?: NativeApi
  }
}
