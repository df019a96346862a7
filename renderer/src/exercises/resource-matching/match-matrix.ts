import type { Localized } from '../../../../shared/locale/locale'
import type { Match, Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import type { Resource } from '../../../../shared/resources/resource-schema'

export interface MatrixColumn {
  resourceId: string
  /** As the matches copied it, so the matrix reads like the cards even if the catalogue changed since. */
  title: Localized
  provider: Localized
  /** How many needs this resource is matched to: more than one is worth a second look. */
  needCount: number
}

export interface MatrixRow {
  need: Need
  /** One entry per column: the need's matches with that resource (normally zero or one). */
  cells: Match[][]
  matchCount: number
}

export interface MatchMatrix {
  columns: MatrixColumn[]
  rows: MatrixRow[]
}

/**
 * Needs × resources. The whole catalogue as columns would be far too wide to read, so the columns are
 * only the resources matched at least once, in catalogue order; a matched resource no longer in the
 * catalogue follows at the end. Matches whose need was deleted are not in any row (the cards view
 * lists them for the group to sort out), and do not make a column.
 */
export function buildMatchMatrix(
  needs: readonly Need[],
  matches: readonly Match[],
  catalogue: readonly Resource[],
): MatchMatrix {
  const needIds = new Set(needs.map((need) => need.id))
  const placed = matches.filter((match) => match.needId !== null && needIds.has(match.needId))
  const catalogueOrder = new Map(catalogue.map((resource, index) => [resource.id, index]))
  const firstMatch = new Map<string, Match>()
  for (const match of placed) if (!firstMatch.has(match.resourceId)) firstMatch.set(match.resourceId, match)
  const order = (id: string) => catalogueOrder.get(id) ?? Number.MAX_SAFE_INTEGER
  // Array.prototype.sort is stable: resources outside the catalogue keep the order of their first match.
  const resourceIds = [...firstMatch.keys()].sort((a, b) => order(a) - order(b))
  const columns = resourceIds.map((resourceId) => {
    const match = firstMatch.get(resourceId) as Match
    const needsOfResource = new Set(placed.filter((m) => m.resourceId === resourceId).map((m) => m.needId))
    return {
      resourceId,
      title: match.resourceTitle,
      provider: match.resourceProvider,
      needCount: needsOfResource.size,
    }
  })
  const rows = needs.map((need) => {
    const own = placed.filter((match) => match.needId === need.id)
    return {
      need,
      cells: resourceIds.map((resourceId) => own.filter((match) => match.resourceId === resourceId)),
      matchCount: own.length,
    }
  })
  return { columns, rows }
}
