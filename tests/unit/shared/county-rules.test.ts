import { describe, expect, it } from 'vitest'
import { computeIncidence, countyInputSchema } from '../../../shared/county/county-schema'
import { toFieldErrors } from '../../../shared/validation/field-errors'
import { LUEYANG_COUNTY_INPUT } from '../../support/lueyang-county'

const lueyang = LUEYANG_COUNTY_INPUT

function errorsOf(input: unknown, locale: 'zh-CN' | 'en' = 'en') {
  const result = countyInputSchema.safeParse(input)
  return result.success ? [] : toFieldErrors(result.error.issues, locale)
}

describe('county figures', () => {
  it('accepts Lueyang as published: registered 13,255 households / 42,996 people, 32,000 still poor in 2018', () => {
    const county = countyInputSchema.parse(lueyang)
    expect(county.registeredPoorPeople).toBe(42996)
    expect(county.population).toBeNull()
    expect(county.signatureProducts).toEqual([])
  })

  it('refuses registered poor people above the population, on the poor-people field', () => {
    expect(errorsOf({ ...lueyang, population: 40000 })).toEqual([
      expect.objectContaining({
        path: 'registeredPoorPeople',
        key: 'county.poorExceedsPopulation',
        message: 'Registered poor people cannot exceed the population.',
      }),
    ])
  })

  it('says so in Chinese when asked in Chinese', () => {
    expect(errorsOf({ ...lueyang, population: 40000 }, 'zh-CN')[0]?.message).toBe(
      '建档立卡贫困人口不能超过总人口。',
    )
  })

  it('refuses more households than people, and more remaining poor than registered poor', () => {
    const keys = errorsOf({ ...lueyang, registeredPoorHouseholds: 50000, remainingPoorPeople: 50000 }).map(
      (e) => e.key,
    )
    expect(keys).toEqual(
      expect.arrayContaining(['county.householdsExceedPeople', 'county.remainingExceedsRegistered']),
    )
  })

  it.each([
    [-0.1, 'county.incidenceRange'],
    [100.1, 'county.incidenceRange'],
  ])('refuses poverty incidence %s%%', (incidence, key) => {
    expect(errorsOf({ ...lueyang, povertyIncidence: incidence }).map((e) => e.key)).toContain(key)
  })

  it.each([0, 28.2, 100])('accepts poverty incidence %s%%', (incidence) => {
    expect(errorsOf({ ...lueyang, povertyIncidence: incidence })).toEqual([])
  })

  it('refuses negative and fractional counts, and a missing name', () => {
    expect(errorsOf({ name: '', population: -1 }).map((e) => [e.path, e.key])).toEqual(
      expect.arrayContaining([
        ['name', 'v.required'],
        ['population', 'v.nonNegative'],
      ]),
    )
    expect(errorsOf({ name: 'X', population: 1.5 }).map((e) => e.key)).toEqual(['v.integer'])
  })

  it('refuses a baseline year outside 1949–2100 and a source link that is not http(s)', () => {
    const errors = errorsOf({
      ...lueyang,
      baselineYear: 1900,
      sources: [{ title: 'x', url: 'javascript:alert(1)' }],
    })
    expect(errors.map((e) => [e.path, e.key])).toEqual([
      ['baselineYear', 'v.year'],
      ['sources.0.url', 'v.url'],
    ])
  })

  it('computes incidence from poor people and population, to one decimal', () => {
    expect(computeIncidence(71400, 224000)).toBe(31.9)
    expect(computeIncidence(null, 224000)).toBeNull()
    expect(computeIncidence(10, 0)).toBeNull()
    expect(computeIncidence(20, 10)).toBeNull()
  })
})
