/**
 * What the page tells the user about their edits, derived from the hub's acknowledgements (the hub
 * acknowledges an update only after SQLite has committed it), never from timers.
 */
export type SaveStatus =
  | { kind: 'connecting' }
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** `pending` is null when this device holds unconfirmed edits but cannot say how many. */
  | { kind: 'offline'; pending: number | null }
  /** The hub refused this device's token (join ended: LAN closed, token revoked or expired). */
  | { kind: 'refused'; pending: number | null }

export interface SaveSignals {
  socketConnected: boolean
  /** The document completed a handshake with the hub at least once since the page opened. */
  everSynced: boolean
  /** What the browser says (navigator.onLine); false as soon as the device drops off the Wi-Fi. */
  browserOnline: boolean
  /** A connection attempt failed, or a connection dropped, since the page opened. */
  connectionFailed: boolean
  /** The provider completed the handshake on the current connection. */
  synced: boolean
  /** The provider's count of sent-but-unacknowledged messages (handshake included). */
  unacknowledged: number
  /** Edits made on this device that no acknowledgement has covered yet; null when unknown. */
  pendingEdits: number | null
  refused: boolean
}

/** `synced && unacknowledged === 0`: every local change has reached the hub's database. */
export const isConfirmed = (signals: Pick<SaveSignals, 'synced' | 'unacknowledged'>): boolean =>
  signals.synced && signals.unacknowledged === 0

export function deriveSaveStatus(signals: SaveSignals): SaveStatus {
  if (signals.refused) return { kind: 'refused', pending: signals.pendingEdits }
  // Opening the page with nothing of one's own to save: "connecting", not yet a reason to alarm anyone.
  const justOpened = !signals.everSynced && signals.pendingEdits === 0
  // The browser saying it is offline is enough: the page closes its socket then, but the socket reports
  // closed only once its closing handshake ends or times out, and meanwhile edits would read "saving…".
  if (signals.socketConnected && signals.browserOnline) {
    if (isConfirmed(signals)) return { kind: 'saved' }
    return justOpened ? { kind: 'connecting' } : { kind: 'saving' }
  }
  if (justOpened && signals.browserOnline && !signals.connectionFailed) return { kind: 'connecting' }
  return { kind: 'offline', pending: signals.pendingEdits }
}
