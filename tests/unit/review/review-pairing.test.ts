import { describe, expect, it } from 'vitest'
import { roundRobinPairs, withPartner } from '../../../shared/review/review-pairing'

/** Every county gives exactly one review and receives exactly one, and never reviews itself. */
function expectEveryoneGivesAndReceivesOne(counties: string[], reviews: Record<string, string[]>) {
  const received = new Map(counties.map((county) => [county, 0]))
  for (const county of counties) {
    expect(reviews[county]).toHaveLength(1)
    expect(reviews[county]![0]).not.toBe(county)
    received.set(reviews[county]![0]!, received.get(reviews[county]![0]!)! + 1)
  }
  expect([...received.values()].every((count) => count === 1)).toBe(true)
}

describe('pairing counties for a peer review', () => {
  it('swaps plans between neighbours in county order', () => {
    expect(roundRobinPairs(['a', 'b', 'c', 'd'])).toEqual({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] })
  })

  it('makes a trio of the last three when the number is odd', () => {
    const counties = ['a', 'b', 'c', 'd', 'e']
    const reviews = roundRobinPairs(counties)
    expect(reviews).toEqual({ a: ['b'], b: ['a'], c: ['d'], d: ['e'], e: ['c'] })
    expectEveryoneGivesAndReceivesOne(counties, reviews)
    expectEveryoneGivesAndReceivesOne(['a', 'b', 'c'], roundRobinPairs(['a', 'b', 'c']))
  })

  it('pairs differently when shifted, for a second round', () => {
    expect(roundRobinPairs(['a', 'b', 'c', 'd'], 1)).toEqual({ b: ['c'], c: ['b'], d: ['a'], a: ['d'] })
  })

  it('pairs nobody when there is a single county', () => {
    expect(roundRobinPairs(['a'])).toEqual({})
  })

  it('lets the facilitator change a partner, leaving the old partners to pair again', () => {
    const next = withPartner(roundRobinPairs(['a', 'b', 'c', 'd']), 'a', 'c')
    expect(next).toEqual({ a: ['c'], c: ['a'], b: [], d: [] })
    expect(withPartner(next, 'b', 'd')).toEqual({ a: ['c'], c: ['a'], b: ['d'], d: ['b'] })
  })
})
