import { API_ROUTES } from '../../shared/api/api-routes'

const tokens = new Map<string, Promise<string>>()

/**
 * The header a change (not GET) needs from a test that talks to a hub process over raw HTTP: the
 * facilitator's token, which the hub hands out on loopback only, as the facilitator's windows get it.
 */
export async function credentialFor(hubUrl: string, method: string): Promise<Record<string, string>> {
  if (method === 'GET') return {}
  let token = tokens.get(hubUrl)
  if (!token) {
    token = fetch(`${hubUrl}${API_ROUTES.facilitatorToken}`).then(
      async (response) => ((await response.json()) as { token: string }).token,
    )
    tokens.set(hubUrl, token)
  }
  return { authorization: `Bearer ${await token}` }
}
