import type { NativeHandlers } from './register-native-handlers'

export interface NativeHandlerDeps {
  appVersion: string
}

/** What each native call does. Kept free of the Electron runtime so every answer can be tested under Node. */
export function createNativeHandlers({ appVersion }: NativeHandlerDeps): NativeHandlers {
  return {
    'native:app-version': () => appVersion,
  }
}
