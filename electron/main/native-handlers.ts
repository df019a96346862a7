import { parseProjectorPath } from '../../shared/session/projector-link'
import { parseOpenProjectorArgs } from './projector-placement'
import type { ProjectorControl } from './projector-window'
import type { NativeHandlers } from './register-native-handlers'

export interface NativeHandlerDeps {
  appVersion: string
  projector: ProjectorControl
}

/** What each native call does. Kept free of the Electron runtime so every answer can be tested under Node. */
export function createNativeHandlers({ appVersion, projector }: NativeHandlerDeps): NativeHandlers {
  return {
    'native:app-version': () => appVersion,
    'native:list-displays': () => projector.displays(),
    'native:open-projector': (args) => {
      // Only the projector page of this hub: a page cannot make the shell open anything else.
      const { path, displayId } = parseOpenProjectorArgs(args, (value) => parseProjectorPath(value) !== null)
      return projector.open(path, displayId)
    },
    'native:toggle-projector-fullscreen': () => projector.toggleFullscreen(),
    'native:close-projector': () => projector.close(),
  }
}
