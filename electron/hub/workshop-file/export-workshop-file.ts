import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import { parseDocName } from '../../../shared/live/doc-names'
import type {
  FileFollowUp,
  FileLiveDoc,
  WorkshopFileContent,
} from '../../../shared/workshop-file/workshop-file-content'
import { WORKSHOP_FILE_SECTIONS } from '../../../shared/workshop-file/workshop-file-format'
import { suggestParticipants } from '../../../shared/exercises/sign-off/participants'
import type { StoredDocRow } from '../store/repositories/workshop-file-repository'
import type { Store } from '../store/store'
import { packWorkshopFile } from './workshop-file-container'

/**
 * A live document's whole state as one update. A document devices have open is taken from Hocuspocus's
 * instance, which also holds edits the update writer is still committing; any other is rebuilt from its
 * snapshot and log in a throw-away Y.Doc, without loading it into the live server.
 */
async function documentState(hocuspocus: Hocuspocus, row: StoredDocRow): Promise<Uint8Array> {
  const live = hocuspocus.documents.get(row.name) ?? (await hocuspocus.loadingDocuments.get(row.name))
  if (live) return Y.encodeStateAsUpdate(live)
  const doc = new Y.Doc()
  try {
    if (row.snapshot) Y.applyUpdate(doc, row.snapshot)
    for (const update of row.updates) Y.applyUpdate(doc, update)
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}

/** The workshop's review rounds with every saved report (a report goes with its county, so all are current). */
function followUpOf(store: Store, workshopId: string): FileFollowUp {
  const rounds = store.followUp.list(workshopId)
  return { rounds, reports: rounds.flatMap((round) => store.followUp.reports(round.id)) }
}

/** Everything a workshop file holds, read from the store as it is now; null when there is no such workshop. */
export async function collectWorkshop(
  store: Store,
  hocuspocus: Hocuspocus,
  workshopId: string,
): Promise<WorkshopFileContent | null> {
  const workshop = store.workshops.get(workshopId)
  if (!workshop) return null
  const counties = store.counties.list(workshopId)
  const countyIds = new Set(counties.map((county) => county.id))
  const groups = store.groups.list(workshopId)
  const liveDocs: FileLiveDoc[] = []
  for (const row of store.workshopFiles.liveDocs(workshopId)) {
    const ref = parseDocName(row.name)
    // A deleted county's plan (and the comments on it) stays in the database but is no part of the workshop any more.
    if (ref === null || (ref.kind !== 'session' && !countyIds.has(ref.countyId))) continue
    liveDocs.push({
      name: row.name,
      state: await documentState(hocuspocus, row),
      updatedAt: row.updatedAt ?? new Date().toISOString(),
      editedAt: row.editedAt,
    })
  }
  return {
    workshop,
    counties,
    groups,
    agenda: store.agenda.get(workshopId),
    povertyLines: store.povertyLines.get(workshopId),
    resources: store.workshopFiles.resources(workshopId),
    participants: counties.map((county) => {
      const correction = store.workshopFiles.correction(county.id)
      const members = groups.find((group) => group.countyId === county.id)?.members ?? []
      const joined = store.access.joinedNames(county.id)
      return {
        countyId: county.id,
        correction: correction?.participants ?? null,
        correctedAt: correction?.updatedAt ?? null,
        // Only the names the suggestion would add: the members are in the groups section already.
        joinedNames: suggestParticipants(members, joined)
          .slice(members.length)
          .map((member) => member.name),
      }
    }),
    liveDocs,
    dotBallots: store.workshopFiles.dotBallots(workshopId),
    planVersions: store.planVersions.ofWorkshop(workshopId, (name) => {
      const ref = parseDocName(name)
      return ref?.kind === 'plan' && countyIds.has(ref.countyId)
    }),
    followUp: followUpOf(store, workshopId),
  }
}

/** The file's bytes for a workshop's content. */
export function workshopFileBytes(
  content: WorkshopFileContent,
  appVersion: string,
  now = new Date(),
): Buffer {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
  const data: Record<string, unknown> = {
    ...content,
    liveDocs: content.liveDocs.map((doc) => ({ ...doc, state: base64(doc.state) })),
    planVersions: {
      ...content.planVersions,
      versions: content.planVersions.versions.map((version) => ({
        ...version,
        delta: base64(version.delta),
        stateVector: base64(version.stateVector),
        digest: base64(version.digest),
      })),
    },
  }
  return packWorkshopFile(
    { appVersion, createdAt: now.toISOString(), workshopId: content.workshop.id },
    WORKSHOP_FILE_SECTIONS.map((name) => [name, data[name]]),
  )
}
