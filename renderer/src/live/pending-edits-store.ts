/**
 * How many edits of one live document this device made that the hub has not yet confirmed, kept in
 * localStorage so that a reload while offline can still say "3 changes not yet saved": the provider
 * starts counting from zero on every page load, while the edits themselves survive in IndexedDB.
 * `null` means "some, but how many is unknown".
 */
const PREFIX = 'plan-workshop.pending.'

interface StoredPending {
  count: number | null
}

/** The stored record, or undefined when this device has never recorded anything for the document. */
export function readPendingEdits(docName: string): number | null | undefined {
  try {
    const raw = window.localStorage.getItem(PREFIX + docName)
    if (raw === null) return undefined
    const parsed = JSON.parse(raw) as Partial<StoredPending>
    return typeof parsed.count === 'number' && parsed.count >= 0 ? parsed.count : null
  } catch {
    // Unreadable or storage disabled: there may be pending edits, but nobody can say how many.
    return null
  }
}

export function writePendingEdits(docName: string, count: number | null): void {
  try {
    window.localStorage.setItem(PREFIX + docName, JSON.stringify({ count } satisfies StoredPending))
  } catch {
    // Storage full or disabled: the count is then unknown after a reload, which the reader reports honestly.
  }
}
