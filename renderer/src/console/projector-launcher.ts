import { API_ROUTES, apiPath, type ApiResponses } from '../../../shared/api/api-routes'
import { projectorPath } from '../../../shared/session/projector-link'
import { hubRequest } from '../api/hub-request'

/** The workshop's projector credential from the hub (the console is on the hub's machine). */
export function fetchProjectorToken(
  workshopId: string,
  renew = false,
): Promise<ApiResponses['projectorLink']> {
  return hubRequest<ApiResponses['projectorLink']>(
    'POST',
    apiPath(API_ROUTES.projectorLink, { workshopId }),
    {
      renew,
    },
  )
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
