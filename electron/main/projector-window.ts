import { BrowserWindow, screen } from 'electron'
import type { DisplayInfo, ProjectorWindowState } from '../../shared/ipc/native-api'
import {
  buildProjectorWindowOptions,
  chooseProjectorDisplay,
  listDisplays,
  projectorPlacement,
  type DisplayLike,
} from './projector-placement'
import type { WebPreferencesInput } from './window-options'

/** What the native handlers need of the projector window. */
export interface ProjectorControl {
  displays(): DisplayInfo[]
  open(path: string, displayId: number | null): Promise<ProjectorWindowState>
  toggleFullscreen(): ProjectorWindowState
  close(): ProjectorWindowState
}

/**
 * The one projector window of the app: another client of the hub (the projector page with its
 * read-only credential), placed on the display the facilitator chose. Decisions are in projector-placement.ts.
 */
export function createProjectorControl(
  hubOrigin: string,
  input: WebPreferencesInput & { title: string },
): ProjectorControl {
  let window: BrowserWindow | null = null
  let displayId: number | null = null

  const all = (): DisplayLike[] => screen.getAllDisplays()
  const state = (): ProjectorWindowState =>
    window && !window.isDestroyed()
      ? { open: true, displayId, fullscreen: window.isFullScreen() }
      : { open: false, displayId: null, fullscreen: false }

  return {
    displays: () => listDisplays(all(), screen.getPrimaryDisplay().id),
    async open(path, requestedId) {
      const primary = screen.getPrimaryDisplay()
      const target = chooseProjectorDisplay(all(), requestedId, primary.id)
      const placement = projectorPlacement(target, primary)
      displayId = (target ?? primary).id
      if (window && !window.isDestroyed()) {
        // Moving to another display: leave fullscreen first, or the OS keeps it on the old one.
        window.setFullScreen(false)
        window.setBounds(placement.bounds)
        window.setFullScreen(placement.fullscreen)
      } else {
        const created = new BrowserWindow(buildProjectorWindowOptions({ ...input, placement }))
        created.once('ready-to-show', () => created.show())
        created.on('closed', () => {
          if (window === created) window = null
        })
        window = created
      }
      await window.loadURL(`${hubOrigin}${path}`)
      return state()
    },
    toggleFullscreen() {
      if (window && !window.isDestroyed()) window.setFullScreen(!window.isFullScreen())
      return state()
    },
    close() {
      if (window && !window.isDestroyed()) window.close()
      window = null
      return { open: false, displayId: null, fullscreen: false }
    },
  }
}
