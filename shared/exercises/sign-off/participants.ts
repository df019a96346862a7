import { z } from 'zod'
import { groupMemberSchema, type GroupMember } from '../../group/group-schema'

/**
 * Who drafted a county's plan, as its cover and annex name them. The hub suggests the list: the group's
 * members from setup, then everyone who joined the county's group under a name not among them (the
 * names people typed when joining). The facilitator may correct it; a correction replaces the
 * suggestion until the facilitator clears it.
 */

export const MAX_PARTICIPANTS = 40

/** What the facilitator sends: the list to print, or null to go back to the suggested list. */
export const participantsCorrectionSchema = z.object({
  participants: z.array(groupMemberSchema).max(MAX_PARTICIPANTS, 'v.tooMany').nullable(),
})
export type ParticipantsCorrection = z.input<typeof participantsCorrectionSchema>

export interface CountyParticipants {
  /** What the cover and the annex print: the correction when there is one, else the suggestion. */
  participants: GroupMember[]
  suggested: GroupMember[]
  corrected: boolean
}

/** 王伟, 王 伟 and a re-join as "Wang Wei " name one person; a name is compared without spaces or case. */
const nameKey = (name: string) => name.replace(/\s+/g, '').toLocaleLowerCase()

/** The group's members, then each joined name once, in the order people first joined. */
export function suggestParticipants(
  members: readonly GroupMember[],
  joinedNames: readonly string[],
): GroupMember[] {
  const seen = new Set(members.map((member) => nameKey(member.name)))
  const suggested = [...members]
  for (const joined of joinedNames) {
    const name = joined.trim()
    const key = nameKey(name)
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    suggested.push({ name, post: '' })
  }
  return suggested
}

export function countyParticipants(
  members: readonly GroupMember[],
  joinedNames: readonly string[],
  correction: readonly GroupMember[] | null,
): CountyParticipants {
  const suggested = suggestParticipants(members, joinedNames)
  return {
    participants: correction === null ? suggested : [...correction],
    suggested,
    corrected: correction !== null,
  }
}
