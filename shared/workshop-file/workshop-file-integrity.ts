import { parseDocName } from '../live/doc-names'
import { docFromDeltas } from '../versions/version-chain'
import { decodesCompletely } from './live-doc-state'
import type { WorkshopFileContent } from './workshop-file-content'

/**
 * What the section schemas cannot see: that every row belongs to the file's workshop and county, that
 * ids are not repeated (they are primary keys), and that every live document decodes. Returns the
 * section at fault, or null when the content is whole.
 */
export function integrityProblem(content: WorkshopFileContent): string | null {
  const workshopId = content.workshop.id
  const countyIds = new Set(content.counties.map((county) => county.id))
  if (countyIds.size !== content.counties.length) return 'counties'
  if (content.counties.some((county) => county.workshopId !== workshopId)) return 'counties'

  const groupIds = new Set(content.groups.map((group) => group.id))
  const groupCounties = new Set(content.groups.map((group) => group.countyId))
  if (groupIds.size !== content.groups.length || groupCounties.size !== content.groups.length) return 'groups'
  if (content.groups.some((group) => group.workshopId !== workshopId || !countyIds.has(group.countyId)))
    return 'groups'

  const resourceIds = new Set(content.resources.map((resource) => resource.id))
  if (resourceIds.size !== content.resources.length) return 'resources'

  const participantCounties = new Set(content.participants.map((entry) => entry.countyId))
  if (participantCounties.size !== content.participants.length) return 'participants'
  if (content.participants.some((entry) => !countyIds.has(entry.countyId))) return 'participants'

  const ballotKeys = new Set(
    content.dotBallots.map((row) => JSON.stringify([row.countyId, row.voter, row.cardId])),
  )
  if (ballotKeys.size !== content.dotBallots.length) return 'dotBallots'
  if (content.dotBallots.some((row) => !countyIds.has(row.countyId))) return 'dotBallots'

  const docNames = new Set(content.liveDocs.map((doc) => doc.name))
  if (docNames.size !== content.liveDocs.length) return 'liveDocs'
  for (const doc of content.liveDocs) {
    const ref = parseDocName(doc.name)
    if (ref === null || ref.workshopId !== workshopId) return 'liveDocs'
    if (ref.kind !== 'session' && !countyIds.has(ref.countyId)) return 'liveDocs'
    if (!decodesCompletely(doc.state)) return 'liveDocs'
  }
  return versionsProblem(content, countyIds) ?? followUpProblem(content, countyIds)
}

/** Each round is the workshop's, once; each report is of one of its rounds and counties, once per pair. */
function followUpProblem(content: WorkshopFileContent, countyIds: ReadonlySet<string>): string | null {
  const { rounds, reports } = content.followUp
  const roundIds = new Set(rounds.map((round) => round.id))
  if (roundIds.size !== rounds.length) return 'followUp'
  if (rounds.some((round) => round.workshopId !== content.workshop.id)) return 'followUp'
  if (reports.some((report) => !roundIds.has(report.roundId) || !countyIds.has(report.countyId)))
    return 'followUp'
  const pairs = new Set(reports.map((report) => JSON.stringify([report.roundId, report.countyId])))
  return pairs.size === reports.length ? null : 'followUp'
}

/** Each version belongs to one of the file's plans, and each plan's versions rebuild in order. */
function versionsProblem(content: WorkshopFileContent, countyIds: ReadonlySet<string>): string | null {
  const { versions, writers } = content.planVersions
  const isPlan = (name: string) => {
    const ref = parseDocName(name)
    return ref?.kind === 'plan' && ref.workshopId === content.workshop.id && countyIds.has(ref.countyId)
  }
  if (![...versions, ...writers].every((row) => isPlan(row.docName))) return 'planVersions'
  if (new Set(writers.map((row) => JSON.stringify([row.docName, row.name]))).size !== writers.length)
    return 'planVersions'
  for (const name of new Set(versions.map((version) => version.docName))) {
    const doc = docFromDeltas(versions.filter((version) => version.docName === name).map((v) => v.delta))
    const whole = doc.store.pendingStructs === null && doc.store.pendingDs === null
    doc.destroy()
    if (!whole) return 'planVersions'
  }
  return null
}
