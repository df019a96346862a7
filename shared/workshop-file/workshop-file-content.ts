import { fromBase64 } from 'lib0/buffer'
import { z } from 'zod'
import { agendaSchema } from '../agenda/agenda-schema'
import { countySchema } from '../county/county-schema'
import { groupMemberSchema, groupSchema } from '../group/group-schema'
import { followUpReportSchema } from '../follow-up/follow-up-report-schema'
import { followUpRoundSchema } from '../follow-up/follow-up-round-schema'
import { MAX_DOTS_PER_MEMBER } from '../live/session-doc'
import { MAX_PARTICIPANTS } from '../exercises/sign-off/participants'
import { povertyLineTableSchema } from '../poverty-line/poverty-line-schema'
import { resourceSchema } from '../resources/resource-schema'
import { idSchema } from '../validation/common-fields'
import { workshopSchema } from '../workshop/workshop-schema'
import { MAX_VERSION_LABEL, VERSION_KINDS } from '../versions/version-schema'
import { WORKSHOP_FILE_LIMITS, type WorkshopFileSectionName } from './workshop-file-format'

/** Standard base64, checked before decoding (Node's decoder would skip stray characters silently). */
const base64Bytes = (maximumBytes: number) =>
  z
    .string()
    .max(Math.ceil(maximumBytes / 3) * 4)
    .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/)
    .transform((text) => fromBase64(text) as Uint8Array)

/**
 * A county's participants as the hub knows them: the facilitator's correction (null: none, with the time
 * it was made), and the names people joined under (their join tokens stay on the laptop that issued them,
 * so the names travel on their own).
 */
export const fileParticipantsSchema = z.object({
  countyId: idSchema,
  correction: z.array(groupMemberSchema).max(MAX_PARTICIPANTS).nullable(),
  correctedAt: z.string().max(40).nullable(),
  joinedNames: z.array(z.string().max(100)).max(500),
})
export type FileParticipants = z.output<typeof fileParticipantsSchema>

/** One live document: its whole Yjs state as one update, and when it was saved and last edited by a person. */
export const fileLiveDocSchema = z.object({
  name: z.string().max(200),
  state: base64Bytes(WORKSHOP_FILE_LIMITS.liveDocBytes),
  updatedAt: z.string().max(40),
  editedAt: z.string().max(40).nullable(),
})
export type FileLiveDoc = z.output<typeof fileLiveDocSchema>

/** A resource with its place in the catalogue (positions keep their gaps, so a round trip is exact). */
export const fileResourceSchema = resourceSchema.extend({ position: z.number().int().min(0) })
export type FileResource = z.output<typeof fileResourceSchema>

/**
 * One row of the dot vote's secret ballots: a member's dots on one card of their county's plan. `voter` is
 * the hub's opaque key for the member (a hash of their group and name, or an old plan's device id), so
 * the file says no more about who voted for what than the database did.
 */
export const fileDotBallotSchema = z.object({
  countyId: idSchema,
  voter: z.string().min(1).max(200),
  cardId: z.string().min(1).max(200),
  dots: z.number().int().min(1).max(MAX_DOTS_PER_MEMBER),
  updatedAt: z.string().max(40),
})
export type FileDotBallot = z.output<typeof fileDotBallotSchema>

/**
 * One version of a plan, as stored: its delta against the plan's previous version (so the versions of a
 * plan travel in order, oldest first), and who wrote since the version before ('' is the facilitator).
 */
export const fileVersionSchema = z.object({
  docName: z.string().max(200),
  createdAt: z.string().max(40),
  kind: z.enum(VERSION_KINDS),
  label: z.string().max(MAX_VERSION_LABEL),
  writers: z.array(z.string().max(100)).max(500),
  delta: base64Bytes(WORKSHOP_FILE_LIMITS.liveDocBytes),
  stateVector: base64Bytes(64 * 1024),
  digest: base64Bytes(64),
})
export type FileVersion = z.output<typeof fileVersionSchema>

/** The plans' versions, and who wrote to each plan since its last one. */
export const filePlanVersionsSchema = z.object({
  versions: z.array(fileVersionSchema).max(WORKSHOP_FILE_LIMITS.planVersions),
  writers: z
    .array(z.object({ docName: z.string().max(200), name: z.string().max(100) }))
    .max(WORKSHOP_FILE_LIMITS.planVersions),
})
export type FilePlanVersions = z.output<typeof filePlanVersionsSchema>

/** The workshop's follow-up review rounds and every county's saved report for them. */
export const fileFollowUpSchema = z.object({
  rounds: z.array(followUpRoundSchema).max(WORKSHOP_FILE_LIMITS.followUpRounds),
  // Only saved reports are stored, each with the time it was saved.
  reports: z
    .array(followUpReportSchema.extend({ reportedAt: z.string().max(40) }))
    .max(WORKSHOP_FILE_LIMITS.followUpReports),
})
export type FileFollowUp = z.output<typeof fileFollowUpSchema>

/** What a section a file was written without reads as. */
export const EMPTY_LATER_SECTIONS = {
  planVersions: { versions: [], writers: [] },
  followUp: { rounds: [], reports: [] },
} as const

/** Each section's schema: what an import checks every byte against, with the shared setup schemas. */
export const WORKSHOP_FILE_SECTION_SCHEMAS = {
  workshop: workshopSchema,
  counties: z.array(countySchema).max(WORKSHOP_FILE_LIMITS.counties),
  groups: z.array(groupSchema).max(WORKSHOP_FILE_LIMITS.counties),
  agenda: agendaSchema,
  povertyLines: povertyLineTableSchema,
  resources: z.array(fileResourceSchema).max(WORKSHOP_FILE_LIMITS.resources),
  participants: z.array(fileParticipantsSchema).max(WORKSHOP_FILE_LIMITS.counties),
  liveDocs: z.array(fileLiveDocSchema).max(WORKSHOP_FILE_LIMITS.counties + 1),
  dotBallots: z.array(fileDotBallotSchema).max(WORKSHOP_FILE_LIMITS.dotBallots),
  planVersions: filePlanVersionsSchema,
  followUp: fileFollowUpSchema,
} as const satisfies Record<WorkshopFileSectionName, z.ZodType>

/** A workshop as the file holds it, decoded and checked. */
export type WorkshopFileContent = {
  [K in WorkshopFileSectionName]: z.output<(typeof WORKSHOP_FILE_SECTION_SCHEMAS)[K]>
}
