import { describe, expect, it } from 'vitest'
import { toFieldErrors } from '../../../shared/validation/field-errors'
import {
  createWorkshopSchema,
  workshopDayCount,
  workshopInputSchema,
} from '../../../shared/workshop/workshop-schema'

const valid = {
  title: '2018 贫困县扶贫培训班',
  startDate: '2018-03-01',
  endDate: '2018-03-02',
  language: 'zh-CN',
}

function keysOf(input: unknown) {
  const result = workshopInputSchema.safeParse(input)
  return result.success ? [] : toFieldErrors(result.error.issues, 'en').map((e) => `${e.path}:${e.key}`)
}

describe('workshop details', () => {
  it('fills optional text with empty strings and trims the title', () => {
    expect(workshopInputSchema.parse({ ...valid, title: '  班  ' })).toEqual({
      ...valid,
      title: '班',
      titleEn: '',
      venue: '',
      venueEn: '',
      facilitator: '',
    })
  })

  it('refuses an end date before the start date, on the end date', () => {
    expect(keysOf({ ...valid, endDate: '2018-02-28' })).toEqual(['endDate:workshop.datesOutOfOrder'])
  })

  it('accepts a one-day workshop and counts its days inclusively', () => {
    expect(keysOf({ ...valid, endDate: valid.startDate })).toEqual([])
    expect(workshopDayCount(valid)).toBe(2)
  })

  it('refuses impossible calendar dates and workshops longer than a month', () => {
    expect(keysOf({ ...valid, startDate: '2018-02-30' })).toContain('startDate:v.date')
    expect(keysOf({ ...valid, endDate: '2018-05-01' })).toEqual(['endDate:workshop.tooLong'])
  })

  it('refuses an unknown language and an empty title', () => {
    expect(keysOf({ ...valid, language: 'fr', title: ' ' })).toEqual([
      'title:v.required',
      'language:v.invalid',
    ])
  })

  it('creates from the standard three-day programme unless another template is chosen', () => {
    expect(createWorkshopSchema.parse(valid).template).toBe('standard-3-day')
    expect(createWorkshopSchema.parse({ ...valid, template: 'compact-2-day' }).template).toBe('compact-2-day')
    expect(createWorkshopSchema.safeParse({ ...valid, template: 'nope' }).success).toBe(false)
  })
})
