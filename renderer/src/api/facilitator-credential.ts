import { API_ROUTES } from '../../../shared/api/api-routes'
import type { Locale } from '../../../shared/locale/locale'
import { hubFetch } from './hub-fetch'

let known: Promise<string | undefined> | null = null

/**
 * The facilitator token, for the changes this window asks the hub to make: the hub takes no change on
 * the strength of a loopback connection alone (a web page elsewhere in the browser could send it), only
 * with the token in a header. The hub hands the token to its own machine only (the Electron window, a
 * browser on the laptop); a group device gets a refusal and goes without, as it makes no such change.
 * Asked once per page; a failure to reach the hub is not remembered, so the next change asks again.
 */
export function facilitatorCredential(language: Locale): Promise<string | undefined> {
  known ??= hubFetch({ method: 'GET', path: API_ROUTES.facilitatorToken, language }).then(
    async (response) => (response.ok ? ((await response.json()) as { token: string }).token : undefined),
    () => {
      known = null
      return undefined
    },
  )
  return known
}
