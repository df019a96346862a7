import type { AccessScope, JoinResponse, MeReply } from '../../../shared/join/join-schema'
import type { Group } from '../../../shared/group/group-schema'
import type { Store } from '../store/store'
import { hashToken, newBearerToken, newJoinCode } from './token-crypto'

/** A group token outlives any workshop; closing the LAN session revokes it sooner. */
export const GROUP_TOKEN_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000
const FACILITATOR_TOKEN_SETTING = 'facilitator-token'
/**
 * Projector credentials live in the settings table: `projector-token:<workshop>` holds the current token
 * (handed to the facilitator again on request, like the facilitator token) and `projector:<sha256>` names
 * the workshop it shows. A renewed token marks the old hash '' so the old link stops working.
 */
const projectorTokenSetting = (workshopId: string) => `projector-token:${workshopId}`
const projectorHashSetting = (hash: string) => `projector:${hash}`

export type JoinOutcome = { ok: true; response: JoinResponse } | { ok: false; reason: 'unknown-code' }

/** Join codes, bearer tokens and what they grant. */
export class AccessService {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The facilitator token of this data folder, created on first use. Handed only to loopback callers. */
  facilitatorToken(): string {
    const existing = this.store.access.setting(FACILITATOR_TOKEN_SETTING)
    if (existing) return existing
    const token = newBearerToken()
    this.store.access.setSetting(FACILITATOR_TOKEN_SETTING, token)
    return token
  }

  /**
   * The workshop's projector token, created on first use. It is not revoked when the LAN closes: the
   * projector is the facilitator's own screen, not a group device. `renew` replaces it (a link that
   * leaked stops working).
   */
  projectorToken(workshopId: string, renew = false): string {
    const existing = this.store.access.setting(projectorTokenSetting(workshopId))
    if (existing && !renew) return existing
    if (existing) this.store.access.setSetting(projectorHashSetting(hashToken(existing)), '')
    const token = newBearerToken()
    this.store.access.setSetting(projectorHashSetting(hashToken(token)), workshopId)
    this.store.access.setSetting(projectorTokenSetting(workshopId), token)
    return token
  }

  /** The group's join code, created the first time it is asked for. */
  joinCode(group: Group): string {
    const existing = this.store.access.joinCode(group.id)
    if (existing) return existing
    for (;;) {
      const code = newJoinCode()
      if (this.store.access.addJoinCode(group.id, code)) return code
    }
  }

  /** A scope as GET /api/me tells it: a group's with its county's current names (null once the county is gone). */
  describe(scope: AccessScope): MeReply | null {
    if (scope.kind !== 'group') return scope
    const county = this.store.counties.get(scope.workshopId, scope.countyId)
    return county ? { ...scope, countyName: county.name, countyNameEn: county.nameEn } : null
  }

  /** Exchanges a join code for a token scoped to the group's county. */
  join(code: string, displayName: string): JoinOutcome {
    const groupId = this.store.access.groupIdForCode(code)
    const group = groupId ? this.store.groups.find(groupId) : null
    if (!group) return { ok: false, reason: 'unknown-code' }
    const county = this.store.counties.get(group.workshopId, group.countyId)
    if (!county) return { ok: false, reason: 'unknown-code' }
    const token = newBearerToken()
    this.store.access.addToken(hashToken(token), {
      kind: 'group',
      workshopId: group.workshopId,
      countyId: group.countyId,
      groupId: group.id,
      displayName,
      expiresAt: new Date(this.now().getTime() + GROUP_TOKEN_LIFETIME_MS).toISOString(),
    })
    return {
      ok: true,
      response: {
        token,
        workshopId: group.workshopId,
        countyId: county.id,
        groupId: group.id,
        countyName: county.name,
        countyNameEn: county.nameEn,
        displayName,
      },
    }
  }

  /** What a bearer token grants, or null for a missing, unknown, expired or revoked token. */
  verify(token: string | undefined | null): AccessScope | null {
    if (!token) return null
    if (token === this.store.access.setting(FACILITATOR_TOKEN_SETTING)) return { kind: 'facilitator' }
    const hash = hashToken(token)
    const projectorWorkshop = this.store.access.setting(projectorHashSetting(hash))
    if (projectorWorkshop) return { kind: 'projector', workshopId: projectorWorkshop }
    const record = this.store.access.token(hash)
    if (!record || record.revokedAt !== null || Date.parse(record.expiresAt) <= this.now().getTime())
      return null
    if (record.kind !== 'group' || !record.workshopId || !record.countyId || !record.groupId) return null
    return {
      kind: 'group',
      workshopId: record.workshopId,
      countyId: record.countyId,
      groupId: record.groupId,
      displayName: record.displayName,
    }
  }

  revokeGroupTokens(): number {
    return this.store.access.revokeGroupTokens(this.now())
  }
}
