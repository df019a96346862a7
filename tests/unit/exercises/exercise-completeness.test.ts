import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exerciseCompleteness, planCompleteness } from '../../../shared/exercises/exercise-completeness'
import { textsOf } from '../../../shared/exercises/exercise-definition'
import { EXERCISE_DEFINITIONS } from '../../../shared/exercises/exercise-definitions'
import type { Locale } from '../../../shared/locale/locale'
import { updateAction } from '../../../shared/exercises/action-plan/action-plan-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { updateIndicator } from '../../../shared/exercises/target-setting/target-setting-doc'
import { updateMatch } from '../../../shared/exercises/resource-matching/resource-matching-doc'
import { EXERCISE_KINDS, type ExerciseKind } from '../../../shared/program/exercise-kinds'
import { fillLueyangPlan } from '../../support/lueyang-plan'

const APPLICABLE = EXERCISE_KINDS.filter((kind) => !['gallery-walk', 'peer-review', 'custom'].includes(kind))

describe('completeness', () => {
  it.each(APPLICABLE)('%s: an empty plan has done nothing, and says what is missing', (kind) => {
    const completeness = exerciseCompleteness(kind, readPlan(new Y.Doc()))!
    expect(completeness.done).toBe(0)
    expect(completeness.total).toBeGreaterThan(0)
    expect(completeness.missing).toHaveLength(completeness.total)
    expect(completeness.criteria.every((criterion) => !criterion.met)).toBe(true)
  })

  it.each(APPLICABLE)('%s: the complete Lueyang plan meets every criterion', (kind) => {
    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    const completeness = exerciseCompleteness(kind, readPlan(doc))!
    expect(completeness.missing).toEqual([])
    expect(completeness.done).toBe(completeness.total)
  })

  it.each(['gallery-walk', 'peer-review', 'custom'] as ExerciseKind[])(
    '%s produces no plan content: completeness does not apply',
    (kind) => {
      expect(exerciseCompleteness(kind, readPlan(new Y.Doc()))).toBeNull()
    },
  )

  it('per plan: 0 of all criteria when empty, all of them for the complete Lueyang plan', () => {
    const empty = planCompleteness(readPlan(new Y.Doc()))
    expect(empty.done).toBe(0)
    expect(empty.total).toBeGreaterThan(20)
    expect(empty.ratio).toBe(0)
    expect(empty.exercises.map((entry) => entry.kind)).toEqual(APPLICABLE)

    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    const complete = planCompleteness(readPlan(doc))
    expect(complete).toMatchObject({ done: empty.total, total: empty.total, ratio: 1 })
  })

  it('per plan over a workshop’s own agenda: only its exercises, each once', () => {
    const plan = readPlan(new Y.Doc())
    const result = planCompleteness(plan, ['swot', 'custom', 'swot', 'dot-vote'])
    expect(result.exercises.map((entry) => entry.kind)).toEqual(['swot', 'dot-vote'])
    expect(result.total).toBe(5)
    expect(planCompleteness(plan, ['custom', 'gallery-walk'])).toMatchObject({ done: 0, total: 0, ratio: 1 })
  })

  it('a half-finished step lists exactly what is left to do', () => {
    const doc = new Y.Doc()
    const { matchId, actionId, indicatorId } = fillLueyangPlan(doc)
    updateMatch(doc, matchId, { owner: '  ' })
    updateAction(doc, actionId, { mechanism: null })
    updateIndicator(doc, indicatorId, { responsibleUnit: '' })
    const plan = readPlan(doc)
    const labels = (kind: ExerciseKind, locale: Locale) =>
      exerciseCompleteness(kind, plan)!.missing.map(
        (id) => textsOf(EXERCISE_DEFINITIONS[kind], locale).criteria[id],
      )
    expect(labels('resource-matching', 'en')).toEqual(['Give every match a commitment and an owner'])
    expect(labels('action-plan', 'zh-CN')).toEqual(['为每项措施选定“五个一批”类别和带贫机制'])
    expect(exerciseCompleteness('target-setting', plan)).toMatchObject({ done: 5, total: 6 })
  })
})
