/**
 * The contract between the Electron shell (main + preload) and the renderer: the only native powers a page
 * can reach. Everything here is a type or a constant so that main, preload and renderer share one source and
 * cannot drift. The renderer also runs in plain browsers (group devices, `npm run serve`), where there is no
 * shell: `window.native` is then undefined and the renderer must cope.
 */

/** Every invoke channel, prefixed so a stray `ipcMain.handle` elsewhere cannot collide with ours. */
export const NATIVE_CHANNELS = {
  appVersion: 'native:app-version',
  listDisplays: 'native:list-displays',
  openProjector: 'native:open-projector',
  toggleProjectorFullscreen: 'native:toggle-projector-fullscreen',
  closeProjector: 'native:close-projector',
} as const

export type NativeChannel = (typeof NATIVE_CHANNELS)[keyof typeof NATIVE_CHANNELS]

/** A screen the projector window can go on, as the console lists them. */
export interface DisplayInfo {
  id: number
  /** The OS's name for it ("DELL U2419H"), or '' when it gives none. */
  label: string
  width: number
  height: number
  primary: boolean
  /** Built into the laptop (its own screen), as far as the OS can tell. */
  internal: boolean
}

/** Where the projector window is now. */
export interface ProjectorWindowState {
  open: boolean
  displayId: number | null
  fullscreen: boolean
}

/** What each channel takes from the renderer and answers. Arguments are re-validated in main: never trust them. */
export interface NativeInvokeContract {
  'native:app-version': { args: []; result: string }
  'native:list-displays': { args: []; result: DisplayInfo[] }
  /** A projector path (/projector/<workshop>#<token>) and the display to put it on (null: the best one). */
  'native:open-projector': { args: [path: string, displayId: number | null]; result: ProjectorWindowState }
  'native:toggle-projector-fullscreen': { args: []; result: ProjectorWindowState }
  'native:close-projector': { args: []; result: ProjectorWindowState }
}

export type NativeArgs<C extends NativeChannel> = NativeInvokeContract[C]['args']
export type NativeResult<C extends NativeChannel> = NativeInvokeContract[C]['result']

/** `window.native`, as the preload exposes it. Grows one method per native power; nothing generic. */
export interface NativeApi {
  /** Node's name for the facilitator's OS ('win32', 'darwin', 'linux'), e.g. for keyboard-shortcut hints. */
  readonly platform: string
  /** The desktop app's version (package.json `version`). */
  appVersion(): Promise<NativeResult<'native:app-version'>>
  /** The screens connected now, the laptop's own first. */
  listDisplays(): Promise<NativeResult<'native:list-displays'>>
  /**
   * Opens (or moves) the projector window: fullscreen on an external display when there is one,
   * otherwise a normal window on this screen.
   */
  openProjector(path: string, displayId: number | null): Promise<NativeResult<'native:open-projector'>>
  toggleProjectorFullscreen(): Promise<NativeResult<'native:toggle-projector-fullscreen'>>
  closeProjector(): Promise<NativeResult<'native:close-projector'>>
}

declare global {
  // Merges with the DOM's Window in the renderer; elsewhere it is an inert declaration (no DOM lib needed).
  interface Window {
    /** Present only inside the desktop app; undefined in a plain browser. */
    native?: NativeApi
  }
}
