import { describe, expect, it } from 'vitest'
import {
  filterCatalogue,
  groupByKind,
} from '../../../renderer/src/exercises/resource-matching/catalogue-filter'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import type { Resource } from '../../../shared/resources/resource-schema'

const ids = (resources: Resource[]) => resources.map((resource) => resource.id)

describe('searching the resource catalogue', () => {
  it('shows everything, in catalogue order, with no filter', () => {
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '', kind: null }))).toEqual(
      ids([...DEFAULT_RESOURCES]),
    )
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '   ', kind: null }))).toHaveLength(
      DEFAULT_RESOURCES.length,
    )
  })

  it('finds a resource by its title, provider or description in either language', () => {
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '网店', kind: null }))).toEqual(['online-shop'])
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: 'COLD CHAIN', kind: null }))).toEqual([
      'cold-chain-logistics',
    ])
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '东部结对地区', kind: null }))).toEqual([
      'east-west-pairing',
    ])
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: 'collateral', kind: null }))).toEqual([
      'microcredit',
    ])
  })

  it('needs every word of the query', () => {
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '平台 网店', kind: null }))).toEqual([
      'online-shop',
    ])
    expect(filterCatalogue(DEFAULT_RESOURCES, { query: '网店 信贷', kind: null })).toEqual([])
  })

  it('keeps one kind only when asked, together with the search', () => {
    const finance = filterCatalogue(DEFAULT_RESOURCES, { query: '', kind: 'finance' })
    expect(finance.length).toBeGreaterThan(1)
    expect(finance.every((resource) => resource.kind === 'finance')).toBe(true)
    expect(ids(filterCatalogue(DEFAULT_RESOURCES, { query: '贷款', kind: 'finance' }))).toEqual([
      'microcredit',
    ])
    expect(filterCatalogue(DEFAULT_RESOURCES, { query: '贷款', kind: 'skills' })).toEqual([])
  })
})

describe('grouping the catalogue by kind', () => {
  it('follows the order of kinds and leaves out kinds with nothing to show', () => {
    const shown = filterCatalogue(DEFAULT_RESOURCES, { query: 'online', kind: null })
    const groups = groupByKind(shown)
    expect(groups.map((group) => group.kind)).toEqual(
      ['sales-channel', 'infrastructure', 'branding', 'skills', 'finance', 'social', 'partnership'].filter(
        (kind) => shown.some((resource) => resource.kind === kind),
      ),
    )
    expect(groups.flatMap((group) => group.resources)).toHaveLength(shown.length)
    expect(groups[0]?.resources.map((resource) => resource.id)).toContain('online-shop')
  })
})
