import { z } from 'zod'
import { requiredText } from '../validation/common-fields'
import { isJoinCode, normalizeJoinCode } from './join-code'

/** What a device sends to join its county's plan. */
export const joinRequestSchema = z.object({
  code: z.string().transform(normalizeJoinCode).refine(isJoinCode, 'join.badCode'),
  displayName: requiredText(40),
})
export type JoinRequest = z.input<typeof joinRequestSchema>

/** What a device receives: its bearer token and where it belongs. */
export interface JoinResponse {
  token: string
  workshopId: string
  countyId: string
  groupId: string
  countyName: string
  countyNameEn: string
  displayName: string
}

/**
 * Who the holder of a token is (GET /api/me). A projector token shows one workshop to the room: it reads
 * the session document, the workshop's plans and what the projector displays, and writes nothing.
 */
export type AccessScope =
  | { kind: 'facilitator' }
  | { kind: 'group'; workshopId: string; countyId: string; groupId: string; displayName: string }
  | { kind: 'projector'; workshopId: string }

/**
 * What GET /api/me answers: the scope, and for a group its county's names as they are now. A device keeps
 * the names it was given when it joined; the facilitator may have corrected them since, and the hub takes
 * a comment only when it is signed with the county's current names.
 */
export type MeReply =
  | Exclude<AccessScope, { kind: 'group' }>
  | (Extract<AccessScope, { kind: 'group' }> & { countyName: string; countyNameEn: string })

export interface LanInterface {
  name: string
  address: string
}

export interface LanStatus {
  open: boolean
  /** The address group devices use while open. */
  address: string | null
  port: number
  url: string | null
  interfaces: LanInterface[]
  /**
   * The address the session was open on when the hub last stopped, while it could not be opened
   * there again (the computer changed networks): the room is disconnected until it is reopened.
   */
  lostAddress: string | null
}

export const openLanSchema = z.object({ address: z.string().min(1, 'v.required').max(64, 'v.tooLong') })

export interface GroupJoinInfo {
  groupId: string
  groupName: string
  countyId: string
  countyName: string
  countyNameEn: string
  code: string
  /** http://<lan-ip>:<port>/join#<code>, null while the session is not open to the LAN. */
  joinUrl: string | null
  /** QR code of joinUrl as an SVG document, null while closed. */
  qrSvg: string | null
}

export interface JoinInfo {
  lan: LanStatus
  groups: GroupJoinInfo[]
}

export interface PresentDevice {
  name: string
  color: string
  countyId: string | null
  facilitator: boolean
}

/** Who is connected, per county (the facilitator's overview). */
export interface Presence {
  counties: Record<string, PresentDevice[]>
}
