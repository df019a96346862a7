import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocName, planDocName, sessionDocName } from '../../../shared/live/doc-names'
import {
  addSwotCard,
  deleteSwotCard,
  moveSwotCard,
  setSwotCardText,
  swotCardIds,
} from '../../../shared/exercises/swot/swot-doc'
import { PLAN_SCHEMA_VERSION, planProse, readPlan } from '../../../shared/live/plan-doc'
import { migratePlanDoc, PlanTooNewError } from '../../../shared/live/plan-doc-migrations'
import {
  migrateSessionDoc,
  readSession,
  SESSION_SCHEMA_VERSION,
  setBroadcastMessage,
} from '../../../shared/live/session-doc'

describe('plan document', () => {
  it('a new plan is migrated once, seeded from the county figures', () => {
    const doc = new Y.Doc()
    expect(migratePlanDoc(doc, { registeredPoorPeople: 42996, remainingPoorPeople: 32000 })).toBe(true)
    expect(migratePlanDoc(doc, { registeredPoorPeople: 1 })).toBe(false)
    const plan = readPlan(doc)
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION)
    expect(plan.dataCard).toMatchObject({
      registeredPoorPeople: 42996,
      remainingPoorPeople: 32000,
      population: null,
    })
  })

  it('refuses to touch a plan written by a newer app', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('schemaVersion', PLAN_SCHEMA_VERSION + 1)
    expect(() => migratePlanDoc(doc)).toThrow(PlanTooNewError)
  })

  it('reads SWOT cards per quadrant in their order', () => {
    const doc = new Y.Doc()
    const a = addSwotCard(doc, 'strengths', '乌鸡地理标志')
    const b = addSwotCard(doc, 'strengths', '生态环境')
    const c = addSwotCard(doc, 'threats', '市场波动')
    moveSwotCard(doc, c, 'strengths', a)
    setSwotCardText(doc, b, '生态好')
    expect(swotCardIds(doc, 'strengths')).toEqual([c, a, b])
    deleteSwotCard(doc, a)
    expect(readPlan(doc).swot.map((card) => [card.quadrant, card.text])).toEqual([
      ['strengths', '市场波动'],
      ['strengths', '生态好'],
    ])
  })

  it('reads prose as plain paragraphs, whatever the inline formatting', () => {
    const doc = new Y.Doc()
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    planProse(doc, 'situationSummary').insert(0, [paragraph, new Y.XmlElement('paragraph')])
    text.insert(0, '贫困人口 32,000 人')
    text.format(0, 4, { bold: true })
    expect(readPlan(doc).prose.situationSummary).toEqual(['贫困人口 32,000 人', ''])
  })

  it('ignores damaged values instead of failing to read the plan', () => {
    const doc = new Y.Doc()
    migratePlanDoc(doc)
    doc.getMap('dataCard').set('population', 'lots' as unknown as number)
    doc.getMap('swot').set('junk', 'not a card' as never)
    const plan = readPlan(doc)
    expect(plan.dataCard.population).toBeNull()
    expect(plan.swot).toEqual([])
  })
})

describe('session document', () => {
  it('starts empty and carries the facilitator broadcast', () => {
    const doc = new Y.Doc()
    migrateSessionDoc(doc)
    expect(readSession(doc)).toEqual({
      schemaVersion: SESSION_SCHEMA_VERSION,
      currentItemId: null,
      message: '',
      dotsPerMember: 3,
      votesRevealed: false,
    })
    setBroadcastMessage(doc, '还有五分钟')
    expect(readSession(doc).message).toBe('还有五分钟')
  })
})

describe('document names', () => {
  it('name the workshop and county they belong to', () => {
    expect(parseDocName(planDocName('workshop-1', 'county-01'))).toEqual({
      kind: 'plan',
      workshopId: 'workshop-1',
      countyId: 'county-01',
    })
    expect(parseDocName(sessionDocName('workshop-1'))).toEqual({ kind: 'session', workshopId: 'workshop-1' })
  })

  it.each([
    'plan/short/x',
    'plan/workshop-1/county-01/extra',
    '../plan/workshop-1',
    'session/',
    'other/workshop-1',
  ])('refuse anything else: %s', (name) => expect(parseDocName(name)).toBeNull())
})
