import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { PLAN_SCHEMA_VERSION, planProse, readPlan } from '../../../shared/live/plan-doc'
import { MIGRATION_ORIGIN, migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { planInfo, planMeta } from '../../../shared/live/plan-roots'
import { planDataCard } from '../../../shared/exercises/county-data-card/county-data-card-doc'
import { planProblemTree } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { planBenefit } from '../../../shared/exercises/target-setting/target-setting-doc'
import { planControl } from '../../../shared/exercises/sign-off/sign-off-doc'
import { setProseParagraphs } from '../../../shared/live/prose-text'

/** A plan as version 1 of the app left it: data card, SWOT cards and the situation summary. */
function planV1(): Y.Doc {
  const doc = new Y.Doc()
  planMeta(doc).set('schemaVersion', 1)
  planDataCard(doc).set('registeredPoorPeople', 42_996)
  planDataCard(doc).set('remainingPoorPeople', 32_000)
  planDataCard(doc).set('population', null)
  addSwotCard(doc, 'strengths', '略阳乌鸡地理标志')
  addSwotCard(doc, 'threats', '禽类疫病')
  setProseParagraphs(planProse(doc, 'situationSummary'), ['山区物流薄弱。', '电商起步晚。'])
  return doc
}

describe('plan document migrations', () => {
  it('is at version 3', () => expect(PLAN_SCHEMA_VERSION).toBe(3))

  it('keeps every piece of v1 content', () => {
    const doc = planV1()
    const before = readPlan(doc)
    expect(migratePlanDoc(doc, { registeredPoorPeople: 1, population: 999 })).toBe(true)
    const after = readPlan(doc)
    expect(after.schemaVersion).toBe(3)
    expect(after.dataCard).toEqual(before.dataCard)
    expect(after.dataCard.population).toBeNull()
    expect(after.swot).toEqual(before.swot)
    expect(after.prose.situationSummary).toEqual(['山区物流薄弱。', '电商起步晚。'])
  })

  it('initialises the new single-value fields, and the new collections read as empty', () => {
    const doc = planV1()
    migratePlanDoc(doc)
    expect(planInfo(doc).toJSON()).toEqual({ title: '', startYear: null, endYear: null })
    expect(planControl(doc).toJSON()).toEqual({ status: 'draft' })
    expect(planProblemTree(doc).get('coreProblem')).toBe('')
    expect(Object.values(planBenefit(doc).toJSON())).toEqual(Array(9).fill(null))
    expect(readPlan(doc)).toMatchObject({
      info: { title: '', status: 'draft' },
      problemTree: { coreProblem: '', nodes: [] },
      objectives: [],
      dotResults: [],
      needs: [],
      matches: [],
      indicators: [],
      actions: [],
      prose: { goal: [], assumptions: [], risks: [], monitoring: [] },
    })
  })

  it('never overwrites a value that is already there', () => {
    const doc = planV1()
    planInfo(doc).set('title', '略阳县电商精准扶贫合作方案')
    planBenefit(doc).set('sharePercent', 60)
    migratePlanDoc(doc)
    expect(readPlan(doc).info.title).toBe('略阳县电商精准扶贫合作方案')
    expect(readPlan(doc).benefit.sharePercent).toBe(60)
  })

  it('runs once, in one transaction marked as a migration', () => {
    const doc = planV1()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    migratePlanDoc(doc)
    expect(migratePlanDoc(doc)).toBe(false)
    expect(origins).toEqual([MIGRATION_ORIGIN])
  })

  it('takes a brand-new plan from 0 straight to 3, seeded from the county', () => {
    const doc = new Y.Doc()
    migratePlanDoc(doc, { remainingPoorPeople: 32_000 })
    expect(readPlan(doc)).toMatchObject({ schemaVersion: 3, dataCard: { remainingPoorPeople: 32_000 } })
    expect(planControl(doc).get('status')).toBe('draft')
    expect(planInfo(doc).has('status')).toBe(false)
  })

  it('a v1 device’s update merges into the migrated document without loss', () => {
    const hub = planV1()
    const device = new Y.Doc()
    Y.applyUpdate(device, Y.encodeStateAsUpdate(hub))
    migratePlanDoc(hub)
    addSwotCard(device, 'weaknesses', '冷链不足')
    Y.applyUpdate(hub, Y.encodeStateAsUpdate(device, Y.encodeStateVector(hub)))
    expect(readPlan(hub).swot.map((card) => card.text)).toContain('冷链不足')
    expect(readPlan(hub).schemaVersion).toBe(3)
  })
})

describe('plan document migration 2 → 3: the final status becomes the facilitator’s', () => {
  const planV2 = (status: unknown) => {
    const doc = new Y.Doc()
    planMeta(doc).set('schemaVersion', 2)
    planInfo(doc).set('title', '略阳县方案')
    planInfo(doc).set('status', status)
    return doc
  }

  it('moves a final plan’s status to control and keeps it final', () => {
    const doc = planV2('final')
    migratePlanDoc(doc)
    expect(planControl(doc).get('status')).toBe('final')
    expect(planInfo(doc).toJSON()).toEqual({ title: '略阳县方案' })
    expect(readPlan(doc).info).toMatchObject({ title: '略阳县方案', status: 'final' })
  })

  it('reads anything but final as a draft', () => {
    for (const status of ['draft', 42, undefined]) {
      const doc = planV2(status)
      migratePlanDoc(doc)
      expect(readPlan(doc).info.status).toBe('draft')
    }
  })

  it('run again (a repaired document) never overwrites the facilitator’s status', () => {
    const doc = planV2('draft')
    migratePlanDoc(doc)
    planControl(doc).set('status', 'final')
    planMeta(doc).delete('schemaVersion')
    planInfo(doc).set('status', 'draft')
    migratePlanDoc(doc)
    expect(readPlan(doc).info.status).toBe('final')
    expect(planInfo(doc).has('status')).toBe(false)
  })
})
