import type { AccessScope } from '../../../shared/join/join-schema'
import { hashToken } from '../access/token-crypto'
import type { Store } from '../store/store'

/** Past this many remembered devices the memory is cleared: a refusal may then be logged once more. */
const REMEMBERED_DEVICES = 10_000

export type Refusal =
  | { reason: 'auth.required'; token: string; remoteAddress: string | undefined }
  | { reason: 'auth.forbidden'; token: string; scope: AccessScope; documentName: string }

/**
 * The hub log's account of refused live connections: one sentence per device, not one line per
 * reconnect attempt. A device whose access ended (the LAN session was closed) retries every few
 * seconds for as long as its page is open; the facilitator needs to read that once, in words.
 */
export class RefusalLog {
  private readonly seen = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly write: (line: string) => void = (line) => console.warn(line),
  ) {}

  note(refusal: Refusal): void {
    const device = refusal.token
      ? `token:${hashToken(refusal.token)}`
      : `address:${refusal.reason === 'auth.required' ? (refusal.remoteAddress ?? '') : ''}`
    const key = refusal.reason === 'auth.forbidden' ? `${device}|${refusal.documentName}` : device
    if (this.seen.has(key)) return
    if (this.seen.size >= REMEMBERED_DEVICES) this.seen.clear()
    this.seen.add(key)
    this.write(`[hub] ${this.sentence(refusal)} Further attempts from this device are not logged.`)
  }

  private sentence(refusal: Refusal): string {
    if (refusal.reason === 'auth.forbidden') {
      return `${this.who(refusal.scope)} asked for ${refusal.documentName}, which does not exist or is not theirs to open; refused.`
    }
    const from = refusal.remoteAddress ? ` at ${refusal.remoteAddress}` : ''
    if (!refusal.token)
      return `A device${from} tried to connect without access; it has to join with its group's code.`
    const record = this.store.access.token(hashToken(refusal.token))
    if (!record) {
      return `A device${from} tried to connect with access this hub does not know (from another data folder, or a replaced projector link); it has to join with its group's code.`
    }
    const who = `${this.group(record.displayName, record.workshopId, record.countyId)}${from}`
    return record.revokedAt !== null
      ? `${who} tried to reconnect, but its access ended when the LAN session was closed; it has to join again with its group's code.`
      : `${who} tried to reconnect, but its access has expired; it has to join again with its group's code.`
  }

  private who(scope: AccessScope): string {
    if (scope.kind === 'group') return this.group(scope.displayName, scope.workshopId, scope.countyId)
    return scope.kind === 'projector' ? 'The projector' : 'The facilitator'
  }

  private group(displayName: string, workshopId: string | null, countyId: string | null): string {
    const county = workshopId && countyId ? this.store.counties.get(workshopId, countyId)?.name : undefined
    return `The device of "${displayName}" (${county ?? 'a county that no longer exists'})`
  }
}
