import {
  NATIVE_CHANNELS,
  type NativeApi,
  type NativeArgs,
  type NativeChannel,
  type NativeResult,
} from '../../shared/ipc/native-api'

/** ipcRenderer.invoke narrowed to the contract's channels, so the bridge cannot call anything else. */
export type NativeInvoke = <C extends NativeChannel>(
  channel: C,
  ...args: NativeArgs<C>
) => Promise<NativeResult<C>>

/**
 * Builds `window.native` from a typed invoke. One method per native power; the page never sees ipcRenderer,
 * a channel name or an event object, so it cannot reach a channel the contract does not list.
 */
export function createNativeApi(invoke: NativeInvoke, platform: string): NativeApi {
  return Object.freeze({
    platform,
    appVersion: () => invoke(NATIVE_CHANNELS.appVersion),
    listDisplays: () => invoke(NATIVE_CHANNELS.listDisplays),
    openProjector: (path: string, displayId: number | null) =>
      invoke(NATIVE_CHANNELS.openProjector, path, displayId),
    toggleProjectorFullscreen: () => invoke(NATIVE_CHANNELS.toggleProjectorFullscreen),
    closeProjector: () => invoke(NATIVE_CHANNELS.closeProjector),
  })
}
