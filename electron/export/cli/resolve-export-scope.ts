import type { County } from '../../../shared/county/county-schema'
import type { WorkshopSummary } from '../../../shared/workshop/workshop-schema'
import { chooseWorkshop, noCounties, noWorkshops, unknownCounty, unknownWorkshop } from './export-messages'

/** A refusal of the CLI with the (bilingual) sentence to print; the process exits non-zero. */
export class ExportCliError extends Error {}

/** The workshop to export: the one named, else the data folder's only one. */
export function resolveWorkshop(
  workshops: readonly WorkshopSummary[],
  requested: string | null,
  dataDir: string,
): WorkshopSummary {
  const listing = workshops.map((workshop) => ({ id: workshop.id, name: workshop.title }))
  if (workshops.length === 0) throw new ExportCliError(noWorkshops(dataDir))
  if (requested === null) {
    if (workshops.length > 1) throw new ExportCliError(chooseWorkshop(listing))
    return workshops[0]!
  }
  const workshop = workshops.find((candidate) => candidate.id === requested)
  if (!workshop) throw new ExportCliError(unknownWorkshop(requested, listing))
  return workshop
}

/** The counties to export: all of them, or the one whose id or exact name (Chinese or English) is given. */
export function resolveCounties(
  counties: readonly County[],
  requested: string,
  workshopTitle: string,
): County[] {
  if (counties.length === 0) throw new ExportCliError(noCounties(workshopTitle))
  if (requested === 'all') return [...counties]
  const wanted = requested.trim().toLowerCase()
  const byId = counties.find((county) => county.id === requested)
  const byName = counties.filter(
    (county) => county.name.trim().toLowerCase() === wanted || county.nameEn.trim().toLowerCase() === wanted,
  )
  const county = byId ?? (byName.length === 1 ? byName[0] : undefined)
  if (!county) {
    throw new ExportCliError(
      unknownCounty(
        requested,
        counties.map((c) => ({ id: c.id, name: c.name })),
      ),
    )
  }
  return [county]
}
