import { hubApi } from '../api/hub-api'

/** Which database generation the live-document copies kept on this device belong to. */
const GENERATION_KEY = 'plan-workshop.store-generation'
/** y-indexeddb names its databases after the live documents (plan/…, session/…). */
const LOCAL_COPY = /^(plan|session)\//
const PENDING_PREFIX = 'plan-workshop.pending.'

let checked: Promise<string | null> | null = null

/**
 * Asked before any local copy is opened. When the hub's database was replaced by a restored backup since
 * this device last synced, its local copies hold the replaced state, and syncing them would bring it
 * back: they are deleted. Resolves with the hub's generation (null when the hub cannot say).
 */
export function checkedStoreGeneration(): Promise<string | null> {
  checked ??= (async () => {
    let generation: string | null
    try {
      generation = (await hubApi.call('health')).generation
    } catch {
      // Unreachable now: the copies are kept (they may hold edits), and compared on the next load.
      return null
    }
    const known = readKnown()
    if (generation && known && known !== generation) await dropLocalCopies()
    if (generation) writeKnown(generation)
    return generation
  })()
  return checked
}

/** Deletes every live-document copy on this device and what it recorded about them. */
export async function dropLocalCopies(): Promise<void> {
  try {
    for (const key of Object.keys(window.localStorage))
      if (key.startsWith(PENDING_PREFIX)) window.localStorage.removeItem(key)
  } catch {
    // Storage disabled: nothing was recorded either.
  }
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return
  const databases = await indexedDB.databases().catch(() => [])
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => typeof name === 'string' && LOCAL_COPY.test(name))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name)
            request.onsuccess = request.onerror = request.onblocked = () => resolve()
          }),
      ),
  )
}

function readKnown(): string | null {
  try {
    return window.localStorage.getItem(GENERATION_KEY)
  } catch {
    return null
  }
}

function writeKnown(generation: string): void {
  try {
    window.localStorage.setItem(GENERATION_KEY, generation)
  } catch {
    // Storage disabled: the next load compares nothing, as on a first visit.
  }
}
