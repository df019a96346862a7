import type { BrowserWindowConstructorOptions, Rectangle } from 'electron'
import type { DisplayInfo } from '../../shared/ipc/native-api'
import { buildWebPreferences, type WebPreferencesInput } from './window-options'

/** The part of Electron's Display used here, so placement can be tested without Electron. */
export interface DisplayLike {
  id: number
  label: string
  bounds: Rectangle
  workArea: Rectangle
  internal: boolean
}

/** The displays as the console lists them: the primary (usually the laptop's own screen) first. */
export function listDisplays(displays: readonly DisplayLike[], primaryId: number): DisplayInfo[] {
  return [...displays]
    .sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId))
    .map((display) => ({
      id: display.id,
      label: display.label,
      width: display.bounds.width,
      height: display.bounds.height,
      primary: display.id === primaryId,
      internal: display.internal,
    }))
}

/**
 * Where the projector goes: the display asked for, if it is still connected; otherwise the first
 * external one (not the primary, preferably not built in). Null when the laptop screen is all there is.
 */
export function chooseProjectorDisplay(
  displays: readonly DisplayLike[],
  requestedId: number | null,
  primaryId: number,
): DisplayLike | null {
  const requested = displays.find((display) => display.id === requestedId)
  if (requested) return requested
  const others = displays.filter((display) => display.id !== primaryId)
  return others.find((display) => !display.internal) ?? others[0] ?? null
}

export interface ProjectorPlacement {
  bounds: Rectangle
  /** Fullscreen on a display of its own; a normal window when it has to share the facilitator's screen. */
  fullscreen: boolean
}

const WINDOW_WIDTH = 1280
const WINDOW_HEIGHT = 720

/**
 * A display of its own: cover it. Sharing the facilitator's screen: a 1280×720 window (or smaller,
 * to fit), centred in the work area, so the console stays reachable beside it.
 */
export function projectorPlacement(target: DisplayLike | null, primary: DisplayLike): ProjectorPlacement {
  if (target && target.id !== primary.id) return { bounds: { ...target.bounds }, fullscreen: true }
  const area = (target ?? primary).workArea
  const width = Math.min(WINDOW_WIDTH, area.width)
  const height = Math.min(WINDOW_HEIGHT, area.height)
  return {
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    },
    fullscreen: false,
  }
}

export interface ProjectorWindowInput extends WebPreferencesInput {
  title: string
  placement: ProjectorPlacement
}

/** The projector window: no menu bar over the room's view, the same locked-down page preferences as the console. */
export function buildProjectorWindowOptions(input: ProjectorWindowInput): BrowserWindowConstructorOptions {
  const { bounds, fullscreen } = input.placement
  return {
    title: input.title,
    ...bounds,
    fullscreen,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: buildWebPreferences(input),
  }
}

/** The renderer's arguments for opening the projector, checked: a projector path and a display id or null. */
export function parseOpenProjectorArgs(
  args: readonly unknown[],
  isProjectorPath: (path: unknown) => boolean,
): { path: string; displayId: number | null } {
  const [path, displayId] = args
  if (typeof path !== 'string' || !isProjectorPath(path)) throw new Error('Not a projector path.')
  if (displayId !== null && !(typeof displayId === 'number' && Number.isSafeInteger(displayId))) {
    throw new Error('Not a display id.')
  }
  return { path, displayId }
}
