import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addIndicator,
  setBenefitInput,
  setIndicatorTarget,
} from '../../../shared/exercises/target-setting/target-setting-doc'
import { addSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { updatePlanInfo } from '../../../shared/exercises/sign-off/sign-off-doc'
import type { Plan } from '../../../shared/live/plan-schema'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { agendaSchema } from '../../../shared/agenda/agenda-schema'
import { runOrder } from '../../../shared/session/agenda-run'
import { countyProgress, progressKinds } from '../../../shared/session/county-progress'
import { countyHeadline, galleryFigures } from '../../../shared/session/headline-figures'

function plan(seed: Record<string, number>, edit: (doc: Y.Doc) => void = () => undefined): Plan {
  const doc = new Y.Doc()
  migratePlanDoc(doc, seed)
  edit(doc)
  return readPlan(doc)
}

const lueyang = () =>
  plan(
    { registeredPoorHouseholds: 13255, registeredPoorPeople: 42996, remainingPoorPeople: 32000 },
    (doc) => {
      setBenefitInput(doc, 'sharePercent', 60)
      setBenefitInput(doc, 'targetYear', 2020)
    },
  )

describe('headline targets for the gallery', () => {
  it("Lueyang's 32,000 still poor × 60% = 19,200 people to lift", () => {
    expect(countyHeadline('lueyang', lueyang())).toEqual({
      countyId: 'lueyang',
      peopleLifted: 19200,
      basePoorPeople: 32000,
      sharePercent: 60,
      targetYear: 2020,
    })
  })

  it('adds up the counties that have a target, shows the others as not set, and keeps county order', () => {
    const badong = plan({ population: 481500 })
    const chaling = plan({ registeredPoorPeople: 65266 }, (doc) => {
      setBenefitInput(doc, 'sharePercent', 50)
      updatePlanInfo(doc, { endYear: 2019 })
    })
    const figures = galleryFigures([
      { countyId: 'lueyang', plan: lueyang() },
      { countyId: 'badong', plan: badong },
      { countyId: 'chaling', plan: chaling },
    ])
    expect(figures.rows.map((row) => [row.countyId, row.peopleLifted, row.targetYear])).toEqual([
      ['lueyang', 19200, 2020],
      ['badong', null, null],
      ['chaling', 32633, 2019],
    ])
    expect(figures.total).toBe(19200 + 32633)
    expect(figures.countiesWithTarget).toBe(2)
    expect(figures.largest).toBe(32633)
  })

  it('an empty gallery still has a scale', () => {
    expect(galleryFigures([])).toEqual({ rows: [], total: 0, countiesWithTarget: 0, largest: 1 })
  })
})

describe('the progress grid', () => {
  const agenda = agendaSchema.parse({
    days: [
      {
        id: 'day-one-00001',
        title: '',
        sessions: [
          {
            id: 'session-am-001',
            title: '',
            startTime: '09:00',
            items: [
              { id: 'item-open-0001', kind: 'custom', title: '开班', plannedMinutes: 30 },
              { id: 'item-swot-0001', kind: 'swot', title: '', plannedMinutes: 60 },
              { id: 'item-walk-0001', kind: 'gallery-walk', title: '', plannedMinutes: 30 },
              { id: 'item-targ-0001', kind: 'target-setting', title: '', plannedMinutes: 90 },
              { id: 'item-swot-0002', kind: 'swot', title: 'SWOT 复盘', plannedMinutes: 20 },
            ],
          },
        ],
      },
    ],
  })

  it('has a column per measurable exercise of the agenda, once each, in agenda order', () => {
    expect(progressKinds(runOrder(agenda))).toEqual<ExerciseKind[]>(['swot', 'target-setting'])
  })

  it("reads a county's completeness and target warnings from its plan", () => {
    const withSwot = plan({ remainingPoorPeople: 32000 }, (doc) => {
      addSwotCard(doc, 'strengths', '略阳乌鸡地理标志')
      setBenefitInput(doc, 'sharePercent', 120)
      const indicator = addIndicator(doc, { name: '脱贫人口', kind: 'people-lifted' })
      setIndicatorTarget(doc, indicator, 2020, 19200)
    })
    const progress = countyProgress(withSwot, ['swot', 'target-setting'], [])
    expect(progress.exercises[0]).toMatchObject({ kind: 'swot', completeness: { done: 1, total: 4 } })
    expect(progress.alerts.map((alert) => alert.key)).toEqual(
      expect.arrayContaining([
        'target.shareOver100',
        'target.aboveBaseline',
        'target.missingResponsibleUnit',
      ]),
    )
  })
})
