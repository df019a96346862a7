import { describe, expect, it } from 'vitest'
import {
  DEFAULT_POVERTY_LINES,
  povertyLineFor,
  povertyLineTableSchema,
} from '../../../shared/poverty-line/poverty-line-schema'

describe('poverty-line reference table', () => {
  it('ships the 2,300-yuan line at 2010 prices as the only verified row', () => {
    expect(povertyLineTableSchema.parse(DEFAULT_POVERTY_LINES)).toEqual(DEFAULT_POVERTY_LINES)
    expect(
      DEFAULT_POVERTY_LINES.filter((row) => row.verified).map((row) => [row.year, row.yuanPerPersonYear]),
    ).toEqual([[2010, 2300]])
  })

  it.each([
    [2009, null],
    [2010, 2300],
    [2017, 2952],
    [2018, 2995],
    [2020, 2995],
  ])('applies to %i the latest line not after it (%s)', (year, expected) => {
    expect(povertyLineFor(DEFAULT_POVERTY_LINES, year)?.yuanPerPersonYear ?? null).toBe(expected)
  })

  it('refuses the same year twice, pointing at the second row', () => {
    const result = povertyLineTableSchema.safeParse([DEFAULT_POVERTY_LINES[0], DEFAULT_POVERTY_LINES[0]])
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['1.year', 'povertyLine.duplicateYear'],
    ])
  })
})
