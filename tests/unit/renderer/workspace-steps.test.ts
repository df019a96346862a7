import { describe, expect, it } from 'vitest'
import { exerciseCompleteness } from '../../../shared/exercises/exercise-completeness'
import { completenessState } from '../../../renderer/src/plan/steps/completeness-label'
import { stepFromSearch, WORKSPACE_STEPS } from '../../../renderer/src/plan/steps/workspace-steps'

const part = (done: number, total: number) => ({ done, total, missing: [], criteria: [] })

describe('the workspace step in the address', () => {
  it('opens the named step, and the first one for a missing or unknown name', () => {
    expect(stepFromSearch('swot')).toBe('swot')
    expect(stepFromSearch(null)).toBe(WORKSPACE_STEPS[0])
    expect(stepFromSearch('gallery-walk')).toBe(WORKSPACE_STEPS[0])
    expect(stepFromSearch('nonsense')).toBe(WORKSPACE_STEPS[0])
  })

  it('offers only exercises that produce plan content, in the default order', () => {
    expect(WORKSPACE_STEPS).toEqual(['county-data-card', 'swot'])
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
