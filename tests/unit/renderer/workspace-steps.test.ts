import { describe, expect, it } from 'vitest'
import { exerciseCompleteness } from '../../../shared/exercises/exercise-completeness'
import { completenessState } from '../../../renderer/src/plan/steps/completeness-label'
import { STEP_EDITORS } from '../../../renderer/src/plan/steps/step-editors'
import {
  agendaSteps,
  stepFromSearch,
  WORKSPACE_STEPS,
} from '../../../renderer/src/plan/steps/workspace-steps'
import { EXERCISE_KINDS } from '../../../shared/program/exercise-kinds'

const part = (done: number, total: number) => ({ done, total, missing: [], criteria: [] })

describe('the workspace step in the address', () => {
  it('opens the named step, and the first one for a missing or unknown name', () => {
    expect(stepFromSearch('swot')).toBe('swot')
    expect(stepFromSearch(null)).toBe(WORKSPACE_STEPS[0])
    expect(stepFromSearch('gallery-walk')).toBe(WORKSPACE_STEPS[0])
    expect(stepFromSearch('nonsense')).toBe(WORKSPACE_STEPS[0])
  })

  it('offers only exercises that produce plan content, in the default order', () => {
    // Steps are added exercise by exercise, so this pins the rule rather than today's list.
    const order = WORKSPACE_STEPS.map((step) => EXERCISE_KINDS.indexOf(step))
    expect(order.every((index) => index >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(WORKSPACE_STEPS).size).toBe(WORKSPACE_STEPS.length)
    expect(WORKSPACE_STEPS).not.toContain('gallery-walk')
    expect(WORKSPACE_STEPS).not.toContain('custom')
    expect(WORKSPACE_STEPS).toEqual(
      expect.arrayContaining([
        'county-data-card',
        'problem-tree',
        'swot',
        'dot-vote',
        'resource-matching',
        'target-setting',
        'action-plan',
        'budget',
        'logframe',
        'sign-off',
      ]),
    )
  })

  it('has an editor for every step', () => {
    for (const step of WORKSPACE_STEPS) expect(typeof STEP_EDITORS[step], step).toBe('function')
  })
})

describe('completeness in the navigator', () => {
  it('shows "does not apply" for exercises without criteria, not 0%', () => {
    expect(completenessState(null)).toEqual({ kind: 'none' })
    expect(completenessState(exerciseCompleteness('gallery-walk', {} as never))).toEqual({ kind: 'none' })
  })

  it('shows done only when every criterion is met, and never rounds up to 100%', () => {
    expect(completenessState(part(4, 4))).toEqual({ kind: 'done' })
    expect(completenessState(part(0, 4))).toEqual({ kind: 'partial', percent: 0 })
    expect(completenessState(part(1, 4))).toEqual({ kind: 'partial', percent: 25 })
    expect(completenessState(part(199, 200))).toEqual({ kind: 'partial', percent: 99 })
  })
})

describe("the workspace follows the workshop's agenda", () => {
  it('offers the agenda’s exercises that have a step, each once, in the order the agenda takes them up', () => {
    const agenda = [
      'custom',
      'county-data-card',
      'swot',
      'problem-tree',
      'gallery-walk',
      'swot',
      'target-setting',
    ]
    expect(agendaSteps(agenda)).toEqual(['county-data-card', 'swot', 'problem-tree', 'target-setting'])
  })

  it('offers every step in the default order when the agenda has none of them or is not loaded', () => {
    expect(agendaSteps(null)).toEqual([...WORKSPACE_STEPS])
    expect(agendaSteps([])).toEqual([...WORKSPACE_STEPS])
    expect(agendaSteps(['custom', 'gallery-walk', 'peer-review'])).toEqual([...WORKSPACE_STEPS])
  })

  it('opens the first agenda step for a step the facilitator dropped', () => {
    const steps = agendaSteps(['swot', 'target-setting'])
    expect(stepFromSearch('target-setting', steps)).toBe('target-setting')
    expect(stepFromSearch('problem-tree', steps)).toBe('swot')
    expect(stepFromSearch(null, steps)).toBe('swot')
  })
})
