import { isHubUrl } from './hub-url-guard'

/**
 * Web permissions the hub's own pages may use: copying a join link to the clipboard and putting the
 * projector view full screen. Everything else (camera, microphone, location, notifications, MIDI, HID…)
 * is refused for every page: the app never needs it, and a refusal cannot leak anything.
 */
export const HUB_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'fullscreen'])

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  hubOrigin: string,
): boolean {
  return HUB_PERMISSIONS.has(permission) && isHubUrl(requestingUrl, hubOrigin)
}
