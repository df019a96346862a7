import { currentLanguage } from '../i18n/language'
import { facilitatorCredential } from './facilitator-credential'
import { createHubClient } from './hub-client'

/**
 * The app's client of the hub's REST API (shared/api/api-contract.ts): `hubApi.call('listCounties',
 * { params: { workshopId } })`. Refusals come back as HubError, worded in the language shown now; changes
 * carry the facilitator token where this window may have it.
 */
export const hubApi = createHubClient({ language: currentLanguage, writeToken: facilitatorCredential })
