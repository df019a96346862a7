import { LOCALES } from '../../../../shared/locale/locale'
import {
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
} from '../../../../shared/resources/resource-schema'

export interface CatalogueFilter {
  query: string
  /** null: every kind. */
  kind: ResourceKind | null
}

/** Everything a person might search a resource by, in both languages (a title may be typed in only one). */
const searchableText = (resource: Resource) =>
  LOCALES.flatMap((locale) => [
    resource.title[locale],
    resource.provider[locale],
    resource.description[locale],
  ])
    .join('\n')
    .toLowerCase()

/**
 * The resources that pass the filter, in catalogue order. Every space-separated word of the query
 * must occur somewhere in the resource ("网店 平台" finds the platform shop), case-insensitively.
 */
export function filterCatalogue(resources: readonly Resource[], filter: CatalogueFilter): Resource[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean)
  return resources.filter((resource) => {
    if (filter.kind !== null && resource.kind !== filter.kind) return false
    const text = searchableText(resource)
    return words.every((word) => text.includes(word))
  })
}

export interface CatalogueGroup {
  kind: ResourceKind
  resources: Resource[]
}

/** Resources grouped by kind in the catalogue's order of kinds; kinds with nothing to show are left out. */
export function groupByKind(resources: readonly Resource[]): CatalogueGroup[] {
  return RESOURCE_KINDS.map((kind) => ({
    kind,
    resources: resources.filter((resource) => resource.kind === kind),
  })).filter((group) => group.resources.length > 0)
}
