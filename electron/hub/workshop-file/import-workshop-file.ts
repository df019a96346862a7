import type { GroupMember } from '../../../shared/group/group-schema'
import { newId } from '../../../shared/ids/new-id'
import { suggestParticipants } from '../../../shared/exercises/sign-off/participants'
import type { Workshop } from '../../../shared/workshop/workshop-schema'
import {
  EMPTY_LATER_SECTIONS,
  WORKSHOP_FILE_SECTION_SCHEMAS,
  type WorkshopFileContent,
} from '../../../shared/workshop-file/workshop-file-content'
import {
  WORKSHOP_FILE_LATER_SECTIONS,
  WORKSHOP_FILE_SECTIONS,
} from '../../../shared/workshop-file/workshop-file-format'
import { asCopy } from '../../../shared/workshop-file/workshop-file-copy'
import { integrityProblem } from '../../../shared/workshop-file/workshop-file-integrity'
import type { Store } from '../store/store'
import { unpackWorkshopFile, WorkshopFileError } from './workshop-file-container'

/**
 * A file's content checked all the way through: container, checksums, every section against the shared
 * schemas, the rows' ties to each other, every live document decoded. Throws WorkshopFileError.
 */
export function readWorkshopFile(file: Uint8Array): WorkshopFileContent {
  const { sections } = unpackWorkshopFile(file)
  const content: Record<string, unknown> = {}
  for (const name of WORKSHOP_FILE_SECTIONS) {
    const later = WORKSHOP_FILE_LATER_SECTIONS.has(name) && !sections.has(name)
    if (!sections.has(name) && !later) throw new WorkshopFileError('invalid', name)
    // A file from before plans had versions, or before review rounds: it has none.
    const data = later ? EMPTY_LATER_SECTIONS[name as keyof typeof EMPTY_LATER_SECTIONS] : sections.get(name)
    const parsed = WORKSHOP_FILE_SECTION_SCHEMAS[name].safeParse(data)
    if (!parsed.success) throw new WorkshopFileError('invalid', name)
    content[name] = parsed.data
  }
  const checked = content as WorkshopFileContent
  const problem = integrityProblem(checked)
  if (problem !== null) throw new WorkshopFileError('invalid', problem)
  return checked
}

/**
 * The participants lists to store. A correction is kept as it was; where there was none, the names
 * people joined under on the other laptop (their tokens do not travel) are kept by storing the
 * suggestion they made as the correction, so the cover still names everyone.
 */
function participantsToStore(content: WorkshopFileContent, now: string) {
  const stored = new Map<string, { list: GroupMember[]; updatedAt: string }>()
  for (const entry of content.participants) {
    if (entry.correction !== null) {
      stored.set(entry.countyId, { list: entry.correction, updatedAt: entry.correctedAt ?? now })
      continue
    }
    const members = content.groups.find((group) => group.countyId === entry.countyId)?.members ?? []
    const suggested = suggestParticipants(members, entry.joinedNames)
    if (suggested.length > members.length) stored.set(entry.countyId, { list: suggested, updatedAt: now })
  }
  return stored
}

export interface ImportOutcome {
  workshop: Workshop
  copy: boolean
}

/**
 * Imports a workshop file completely or not at all. A workshop whose ids are already here is refused
 * (`alreadyThere`) unless `asCopy`, which stores it under new ids beside the one that is there.
 */
export function importWorkshopFile(
  store: Store,
  file: Uint8Array,
  options: { asCopy: boolean },
): ImportOutcome {
  const read = readWorkshopFile(file)
  const content = options.asCopy ? asCopy(read, () => newId()) : read
  if (store.workshopFiles.anyTaken(content)) throw new WorkshopFileError('alreadyThere')
  store.workshopFiles.insert(content, participantsToStore(content, new Date().toISOString()))
  return { workshop: store.workshops.get(content.workshop.id) as Workshop, copy: options.asCopy }
}
