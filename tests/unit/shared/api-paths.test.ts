import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../../shared/api/api-routes'

describe('API paths', () => {
  it('fills route parameters', () => {
    expect(apiPath(API_ROUTES.county, { workshopId: 'w1', countyId: 'c1' })).toBe(
      '/api/workshops/w1/counties/c1',
    )
  })

  it('encodes values so an id can never climb out of its segment', () => {
    expect(apiPath(API_ROUTES.workshop, { workshopId: '../x?y' })).toBe('/api/workshops/..%2Fx%3Fy')
  })
})
