import { describe, expect, it } from 'vitest'
import { buildMatchMatrix } from '../../../renderer/src/exercises/resource-matching/match-matrix'
import type { Match, Need } from '../../../shared/exercises/resource-matching/resource-matching-schema'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import type { MatchStatus } from '../../../shared/vocabulary/plan-vocabulary'

const need = (id: string, text: string): Need => ({ id, kind: 'need', text, order: id })
const match = (
  id: string,
  needId: string | null,
  resourceId: string,
  status: MatchStatus = 'proposed',
): Match => ({
  id,
  needId,
  resourceId,
  resourceTitle: { 'zh-CN': `${resourceId}（标题）`, en: resourceId },
  resourceProvider: { 'zh-CN': '合作平台企业', en: 'Platform partner' },
  commitment: '',
  owner: '',
  status,
  order: id,
})

const needs = [need('chickens', '网上销售略阳乌鸡'), need('herbs', '中药材加工'), need('roads', '村道硬化')]

describe('the needs × resources matrix', () => {
  it('has a row per need in order and a column per matched resource in catalogue order', () => {
    const matrix = buildMatchMatrix(
      needs,
      [
        match('m1', 'chickens', 'microcredit', 'agreed'),
        match('m2', 'chickens', 'online-shop', 'negotiating'),
        match('m3', 'herbs', 'online-shop'),
      ],
      DEFAULT_RESOURCES,
    )
    expect(matrix.rows.map((row) => row.need.id)).toEqual(['chickens', 'herbs', 'roads'])
    // online-shop comes first in the catalogue, so first here, whatever the order of matching.
    expect(matrix.columns.map((column) => column.resourceId)).toEqual(['online-shop', 'microcredit'])
    const statuses = matrix.rows.map((row) => row.cells.map((cell) => cell.map((m) => m.status)))
    expect(statuses).toEqual([
      [['negotiating'], ['agreed']],
      [['proposed'], []],
      [[], []],
    ])
    expect(matrix.rows.map((row) => row.matchCount)).toEqual([2, 1, 0])
  })

  it('counts how many needs each resource serves, to spot a resource counted twice', () => {
    const matrix = buildMatchMatrix(
      needs,
      [
        match('m1', 'chickens', 'online-shop'),
        match('m2', 'herbs', 'online-shop'),
        match('m3', 'herbs', 'microcredit'),
      ],
      DEFAULT_RESOURCES,
    )
    expect(matrix.columns.map((column) => [column.resourceId, column.needCount])).toEqual([
      ['online-shop', 2],
      ['microcredit', 1],
    ])
  })

  it('reads column titles from the matches, and keeps resources no longer in the catalogue at the end', () => {
    const matrix = buildMatchMatrix(
      needs,
      [match('m1', 'chickens', 'retired-resource'), match('m2', 'roads', 'microcredit')],
      DEFAULT_RESOURCES,
    )
    expect(matrix.columns.map((column) => column.resourceId)).toEqual(['microcredit', 'retired-resource'])
    expect(matrix.columns[1]?.title).toEqual({ 'zh-CN': 'retired-resource（标题）', en: 'retired-resource' })
  })

  it('leaves out matches whose need is gone: no row and no column of their own', () => {
    const matrix = buildMatchMatrix(
      needs,
      [
        match('m1', null, 'online-shop'),
        match('m2', 'deleted', 'microcredit'),
        match('m3', 'roads', 'cooperatives'),
      ],
      DEFAULT_RESOURCES,
    )
    expect(matrix.columns.map((column) => column.resourceId)).toEqual(['cooperatives'])
    expect(matrix.rows.map((row) => row.matchCount)).toEqual([0, 0, 1])
  })

  it('is empty but still lists the needs when nothing is matched yet', () => {
    const matrix = buildMatchMatrix(needs, [], DEFAULT_RESOURCES)
    expect(matrix.columns).toEqual([])
    expect(matrix.rows.map((row) => row.cells)).toEqual([[], [], []])
  })
})
