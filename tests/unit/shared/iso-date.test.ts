import { describe, expect, it } from 'vitest'
import { daysBetween, isIsoDate, isPlanDate } from '../../../shared/validation/iso-date'
import { isoDateSchema } from '../../../shared/validation/common-fields'
import { readIsoDate } from '../../../shared/live/item-fields'
import * as Y from 'yjs'

describe('one rule for "is this a real date?"', () => {
  it('takes real days written YYYY-MM-DD, leap days included', () => {
    expect(isIsoDate('2018-06-01')).toBe(true)
    expect(isIsoDate('2020-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
  })

  it('refuses impossible days and any other way of writing a date', () => {
    for (const text of ['2019-02-29', '1900-02-29', '2018-13-01', '2018-04-31', '2018-00-10', '2018-6-1'])
      expect(isIsoDate(text), text).toBe(false)
    for (const text of ['20181231', '2018/12/31', '2018-12-31T00:00', ' 2018-12-31', '', 'Invalid Date'])
      expect(isIsoDate(text), text).toBe(false)
    expect(isIsoDate(null)).toBe(false)
    expect(isIsoDate(20181231)).toBe(false)
  })

  it('is the rule of the setup schemas and of the plan reader alike', () => {
    expect(isoDateSchema.safeParse('2019-02-29').success).toBe(false)
    expect(isoDateSchema.safeParse('2020-02-29').success).toBe(true)
    const map = new Y.Doc().getMap<unknown>('item')
    map.set('real', '2020-02-29')
    map.set('impossible', '2019-02-29')
    expect(readIsoDate(map, 'real')).toBe('2020-02-29')
    expect(readIsoDate(map, 'impossible')).toBeNull()
  })

  it('lets a plan date box write only days within the plan years: never year 0002 mid-typing', () => {
    expect(isPlanDate('2020-12-31')).toBe(true)
    expect(isPlanDate('1949-01-01')).toBe(true)
    expect(isPlanDate('2100-12-31')).toBe(true)
    expect(isPlanDate('0002-12-31')).toBe(false)
    expect(isPlanDate('0202-12-31')).toBe(false)
    expect(isPlanDate('1948-12-31')).toBe(false)
    expect(isPlanDate('2101-01-01')).toBe(false)
    expect(isPlanDate('2019-02-29')).toBe(false)
  })

  it('counts whole calendar days between two dates, over leap days, year ends and clock changes', () => {
    expect(daysBetween('2018-06-01', '2018-06-01')).toBe(0)
    expect(daysBetween('2018-06-01', '2018-06-03')).toBe(2)
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2)
    expect(daysBetween('2019-02-28', '2019-03-01')).toBe(1)
    expect(daysBetween('2018-12-31', '2019-01-01')).toBe(1)
    expect(daysBetween('2021-03-01', '2021-04-01')).toBe(31)
    expect(daysBetween('2021-10-01', '2021-11-01')).toBe(31)
    expect(daysBetween('2018-06-03', '2018-06-01')).toBe(-2)
  })
})
