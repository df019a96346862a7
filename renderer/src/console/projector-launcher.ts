import { projectorPath } from '../../../shared/session/projector-link'
import { hubApi } from '../api/hub-api'

/** The workshop's projector credential from the hub (the console is on the hub's machine). */
export function fetchProjectorToken(workshopId: string, renew = false) {
  return hubApi.call('projectorLink', { params: { workshopId }, body: { renew } })
}

export type OpenOutcome = 'native' | 'window' | 'blocked'

/**
 * Opens the projector view: in the desktop app a window of its own on the chosen display (fullscreen on
 * an external one); in a browser a pop-up the facilitator drags to the projector and makes fullscreen.
 */
export async function openProjectorView(
  workshopId: string,
  token: string,
  displayId: number | null,
): Promise<OpenOutcome> {
  const path = projectorPath(workshopId, token)
  if (window.native) {
    await window.native.openProjector(path, displayId)
    return 'native'
  }
  const opened = window.open(path, `plan-workshop-projector-${workshopId}`, 'popup,width=1280,height=720')
  return opened ? 'window' : 'blocked'
}
