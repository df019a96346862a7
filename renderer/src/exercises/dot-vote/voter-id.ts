/**
 * The id this device votes under: random, kept in the browser's storage per workshop, never derived
 * from the person's name, so the plan records how many dots went where but not who placed them.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LENGTH = 22
/** What plan-dot-votes accepts as a voter id. */
const VALID = /^[A-Za-z0-9_-]{1,64}$/

export const voterIdKey = (workshopId: string) => `plan-workshop:dot-voter:${workshopId}`

/** 22 characters of 64 symbols: 132 random bits, so two devices never share an id by chance. */
export function newVoterId(
  fill: (bytes: Uint8Array) => void = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = new Uint8Array(LENGTH)
  fill(bytes)
  return Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('')
}

type VoterStorage = Pick<Storage, 'getItem' | 'setItem'>

/**
 * This device's voter id for the workshop: the stored one, or a new one that is stored. Storage that
 * refuses (private browsing, policy) still gives an id, which then lasts as long as the page.
 */
export function voterIdFor(
  storage: VoterStorage | null,
  workshopId: string,
  make = () => newVoterId(),
): string {
  const key = voterIdKey(workshopId)
  try {
    const stored = storage?.getItem(key)
    if (stored && VALID.test(stored)) return stored
  } catch {
    // Unreadable storage: fall through to a fresh id.
  }
  const id = make()
  try {
    storage?.setItem(key, id)
  } catch {
    // Storage full or refused: the id still works for this visit.
  }
  return id
}
