const storageKey = (workshopId: string) => `plan-workshop.projector.${workshopId}`
const TOKEN = /^[A-Za-z0-9_-]{20,128}$/

/**
 * The projector credential: from the address's fragment the first time (then removed from the address
 * bar, where the room could read it off the screen), from this window's session storage on a reload.
 */
export function takeProjectorToken(workshopId: string): string | null {
  const fromAddress = window.location.hash.slice(1)
  if (TOKEN.test(fromAddress)) {
    try {
      window.sessionStorage.setItem(storageKey(workshopId), fromAddress)
    } catch {
      // Without storage a reload needs the link again; showing the room now still works.
    }
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search)
    return fromAddress
  }
  try {
    return window.sessionStorage.getItem(storageKey(workshopId))
  } catch {
    return null
  }
}
