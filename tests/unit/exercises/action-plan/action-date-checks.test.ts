import { describe, expect, it } from 'vitest'
import { actionDateProblems } from '../../../../shared/exercises/action-plan/action-date-checks'

const milestone = (id: string, date: string | null) => ({ id, title: id, date, order: id })

describe('checking an action’s dates', () => {
  it('flags an end before the start, and nothing when either is missing or they are in order', () => {
    const check = (startDate: string | null, endDate: string | null) =>
      actionDateProblems({ startDate, endDate, milestones: [] }).endBeforeStart
    expect(check('2020-12-31', '2018-06-01')).toBe(true)
    expect(check('2018-06-01', '2020-12-31')).toBe(false)
    expect(check('2018-06-01', '2018-06-01')).toBe(false)
    expect(check('2018-06-01', null)).toBe(false)
    expect(check(null, '2018-06-01')).toBe(false)
  })

  it('lists milestones dated before the start or after the end', () => {
    const problems = actionDateProblems({
      startDate: '2018-06-01',
      endDate: '2020-12-31',
      milestones: [
        milestone('early', '2018-05-31'),
        milestone('first-day', '2018-06-01'),
        milestone('inside', '2019-03-01'),
        milestone('last-day', '2020-12-31'),
        milestone('late', '2021-01-01'),
        milestone('undated', null),
      ],
    })
    expect(problems.milestonesOutside).toEqual(['early', 'late'])
  })

  it('checks milestones against whichever end is known', () => {
    const milestones = [milestone('early', '2017-01-01'), milestone('late', '2030-01-01')]
    expect(
      actionDateProblems({ startDate: '2018-01-01', endDate: null, milestones }).milestonesOutside,
    ).toEqual(['early'])
    expect(actionDateProblems({ startDate: null, endDate: null, milestones }).milestonesOutside).toEqual([])
  })
})
