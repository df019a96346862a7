import type { Session } from 'electron'
import { isPermissionGranted } from './permission-policy'

/**
 * Routes every permission request and check of a session through permission-policy. Chromium asks "check" first
 * and "request" after, so both must answer the same way or a page could get a prompt the check refused.
 */
export function applyPermissionPolicy(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
  hubOrigin: string,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, hubOrigin))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, hubOrigin),
  )
  // USB, HID and serial devices: never.
  session.setDevicePermissionHandler(() => false)
}
