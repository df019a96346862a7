import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import {
  addIndicator,
  indicatorIds,
  moveIndicator,
} from '../../../shared/exercises/target-setting/target-setting-doc'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { computeBenefit } from '../../../shared/exercises/target-setting/benefit-calculator'
import { formatCount } from '../../../renderer/src/components/format'
import { beforeIdForMove } from '../../../renderer/src/exercises/target-setting/indicator-moves'
import {
  addPeopleLiftedIndicator,
  peopleLiftedRow,
} from '../../../renderer/src/exercises/target-setting/people-lifted-indicator'

const names = (doc: Y.Doc) => readPlan(doc).indicators.map((indicator) => indicator.name)

function table(...rows: string[]): Y.Doc {
  const doc = new Y.Doc()
  for (const name of rows) addIndicator(doc, { name }, null, name)
  return doc
}

describe('moving an indicator one row', () => {
  it('up puts it before the row above', () => {
    const doc = table('a', 'b', 'c')
    moveIndicator(doc, 'c', beforeIdForMove(indicatorIds(doc), 'c', 'up') as string)
    expect(names(doc)).toEqual(['a', 'c', 'b'])
  })

  it('down puts it before the row after next, or at the end', () => {
    const doc = table('a', 'b', 'c')
    moveIndicator(doc, 'a', beforeIdForMove(indicatorIds(doc), 'a', 'down') as string)
    expect(names(doc)).toEqual(['b', 'a', 'c'])
    expect(beforeIdForMove(indicatorIds(doc), 'a', 'down')).toBeNull()
    moveIndicator(doc, 'a', null)
    expect(names(doc)).toEqual(['b', 'c', 'a'])
  })

  it('cannot go above the first row, below the last, or move a row that is gone', () => {
    expect(beforeIdForMove(['a', 'b'], 'a', 'up')).toBeUndefined()
    expect(beforeIdForMove(['a', 'b'], 'b', 'down')).toBeUndefined()
    expect(beforeIdForMove(['a', 'b'], 'x', 'up')).toBeUndefined()
  })
})

describe('the people lifted, added to the indicator table', () => {
  it('Lueyang: 32,000 × 60% becomes a binding row with 19,200 people in 2020', () => {
    const doc = new Y.Doc()
    const plan = readPlan(doc)
    const lueyang = {
      benefit: { ...plan.benefit, sharePercent: 60, targetYear: 2020 },
      dataCard: { ...plan.dataCard, remainingPoorPeople: 32_000, remainingPoorYear: 2018 },
    }
    const result = computeBenefit(lueyang, DEFAULT_POVERTY_LINES)
    expect(result.peopleLifted).toBe(19_200)
    expect(formatCount(19_200, 'en')).toBe('19,200')
    expect(formatCount(19_200, 'zh-CN')).toBe('19,200')

    addIndicator(doc, { name: '硬化道路' })
    expect(peopleLiftedRow(readPlan(doc).indicators)).toBeNull()
    addPeopleLiftedIndicator(doc, {
      name: '脱贫人口',
      unit: '人',
      baselineValue: result.resolved.basePoorPeople.value,
      baselineYear: result.resolved.baselineYear,
      targetYear: 2020,
      target: 19_200,
    })
    const [, row] = readPlan(doc).indicators
    expect(row).toMatchObject({
      name: '脱贫人口',
      kind: 'people-lifted',
      unit: '人',
      baselineValue: 32_000,
      baselineYear: 2018,
      attribute: 'binding',
      targets: [{ year: 2020, value: 19_200 }],
    })
    expect(peopleLiftedRow(readPlan(doc).indicators)).toBe(2)
  })

  it('arrives on another device in one update, never without its target', () => {
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    addPeopleLiftedIndicator(doc, {
      name: 'People lifted out of poverty',
      unit: 'people',
      baselineValue: null,
      baselineYear: null,
      targetYear: 2020,
      target: 100,
    })
    expect(updates).toHaveLength(1)
  })
})
