import { z } from 'zod'
import type { LockReason } from '../../session/exercise-lock'
import { MAX_DOTS_PER_MEMBER } from '../../live/session-doc'
import { idSchema } from '../../validation/common-fields'

/** One card's published total: all members' dots on it, and from how many members. */
export const dotVoteResultSchema = z.object({
  cardId: z.string(),
  dots: z.number().int().min(1),
  voters: z.number().int().min(1),
})
export type DotVoteResult = z.output<typeof dotVoteResultSchema>

/**
 * A member sets how many of their dots lie on one card (0 takes them all back). An absolute count,
 * not "one more", so a request sent twice over a shaky network places the dot once. Who votes is never
 * part of the body: the hub takes it from the caller's token (unknown keys such as a voter id are dropped).
 */
export const ballotChangeSchema = z.object({
  cardId: idSchema,
  dots: z.number().int('v.integer').min(0, 'v.tooSmall').max(MAX_DOTS_PER_MEMBER, 'v.tooBig'),
})
export type BallotChange = z.input<typeof ballotChangeSchema>

/** Why a member cannot vote now: the dot vote is locked for them (shared/session/exercise-lock.ts). */
export type VotingClosedReason = LockReason

/** One member's own ballot, as only that member (and the hub) can read it before the reveal. */
export interface Ballot {
  /** The facilitator's setting for every member. */
  dotsPerMember: number
  /** This member's dots per card, on cards that still exist, in card-id order. */
  dots: { cardId: string; count: number }[]
  used: number
  /** Dots still to place (0 when the facilitator lowered the limit below what is placed). */
  left: number
  /** Null while the member may vote; why not otherwise. */
  closed: VotingClosedReason | null
}

/** How far a county has voted, for the facilitator: how many dots, from how many members — never where. */
export interface CountyVotingProgress {
  countyId: string
  dots: number
  voters: number
}
