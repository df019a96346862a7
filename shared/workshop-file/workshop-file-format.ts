import { z } from 'zod'

/**
 * A workshop in one file (`.planworkshop`): gzip around UTF-8 text of JSON lines. The first line is the
 * manifest; each further line is one section, `{"section":"<name>","data":…}`, in the manifest's order.
 * Each section's checksum is over the exact bytes of its line, so nothing has to be re-serialised to be
 * checked, and a file cut short is told from one that was altered.
 *
 * Compatibility: `formatVersion` changes only when a reader of the previous version would misread a file.
 * A section a reader does not know is skipped (after its checksum), so adding one, as
 * `planVersions` (the plans' version history) and `followUp` (review rounds and reports) were, keeps format version 1; a file with a newer format version
 * is refused with a sentence, never half-read.
 */
export const WORKSHOP_FILE_FORMAT = 'plan-workshop.workshop'
export const WORKSHOP_FILE_FORMAT_VERSION = 1
export const WORKSHOP_FILE_EXTENSION = 'planworkshop'
export const WORKSHOP_FILE_MEDIA_TYPE = 'application/gzip'

/** The sections this version writes and needs; others are skipped. */
export const WORKSHOP_FILE_SECTIONS = [
  'workshop',
  'counties',
  'groups',
  'agenda',
  'povertyLines',
  'resources',
  'participants',
  'liveDocs',
  'dotBallots',
  'planVersions',
  'followUp',
] as const
/** Sections a file written before they existed does not have; they read as empty. */
export const WORKSHOP_FILE_LATER_SECTIONS: ReadonlySet<WorkshopFileSectionName> = new Set([
  'planVersions',
  'followUp',
])
export type WorkshopFileSectionName = (typeof WORKSHOP_FILE_SECTIONS)[number]

/**
 * Caps on what an import accepts, well above a real class (21 counties, plans of a few hundred KB):
 * the file as sent, its text once unpacked (so a small file cannot unpack into gigabytes), and each
 * live document's state.
 */
export const WORKSHOP_FILE_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  unpackedBytes: 256 * 1024 * 1024,
  sections: 32,
  counties: 200,
  resources: 500,
  liveDocBytes: 16 * 1024 * 1024,
  /** Ballot rows: one per member and card they put dots on, all counties together. */
  dotBallots: 100_000,
  /** Plan versions, all counties together (one every few minutes of a week's editing). */
  planVersions: 50_000,
  /** Follow-up review rounds, and the counties' reports for them (one per county and round). */
  followUpRounds: 1_000,
  followUpReports: 50_000,
} as const

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/)

export const workshopFileManifestSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  /** The app version that wrote the file, for the reader's information only. */
  appVersion: z.string().max(100),
  createdAt: z.string().max(40),
  /** The workshop's id and title, so a refusal can name what the file holds. */
  workshopId: z.string().max(64),
  sections: z
    .array(z.object({ name: z.string().max(64), bytes: z.number().int().min(0), sha256: sha256Hex }))
    .max(WORKSHOP_FILE_LIMITS.sections),
})
export type WorkshopFileManifest = z.output<typeof workshopFileManifestSchema>
