import { createHash } from 'node:crypto'
import type { AccessScope } from '../../../shared/join/join-schema'

type GroupScope = Extract<AccessScope, { kind: 'group' }>

/**
 * Who a ballot belongs to: the member, as the hub knows them from their token — their group and the name
 * they joined under, so a member's phone and laptop (or the same phone after the LAN was reopened) share
 * one allowance, and a device can vote as nobody else by what it sends. Hashed, so the ballot table alone
 * does not say who put dots where.
 */
export function voterOf(scope: GroupScope): string {
  const name = scope.displayName.normalize('NFKC').trim().toLowerCase()
  return `member:${createHash('sha256').update(`${scope.groupId}\n${name}`).digest('base64url').slice(0, 32)}`
}

/** The voter of a dot moved from an old plan: the device's own id, which no token can ever match. */
export const legacyVoter = (deviceVoterId: string) => `device:${deviceVoterId}`
