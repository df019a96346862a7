import { describe, expect, it } from 'vitest'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { productName, sourceTitle } from '../../../shared/county/county-texts'
import {
  DEFAULT_POVERTY_LINES,
  povertyLineBasis,
  povertyLineSource,
} from '../../../shared/poverty-line/poverty-line-schema'
import { workshopTitle, workshopVenue } from '../../../shared/workshop/workshop-texts'

const lueyang = countyInputSchema.parse({
  name: '略阳县',
  signatureProducts: [{ name: '略阳乌鸡', nameEn: 'Lueyang dark-boned chicken' }, '花椒'],
  sources: [{ title: '2018 年杭州培训班新闻报道', titleEn: 'News reports of the March 2018 Hangzhou class' }],
})

describe('texts kept in Chinese and English', () => {
  it('shows each reader one language: the English text to English readers, the Chinese to Chinese ones', () => {
    const [chicken] = lueyang.signatureProducts
    expect(productName(chicken!, 'zh-CN')).toBe('略阳乌鸡')
    expect(productName(chicken!, 'en')).toBe('Lueyang dark-boned chicken')
    expect(sourceTitle(lueyang.sources[0]!, 'en')).toBe('News reports of the March 2018 Hangzhou class')
    const [, current] = DEFAULT_POVERTY_LINES
    expect([povertyLineBasis(current!, 'zh-CN'), povertyLineBasis(current!, 'en')]).toEqual([
      '当年价',
      'current prices',
    ])
    expect(povertyLineSource(current!, 'zh-CN')).not.toMatch(/[A-Za-z]/)
  })

  it('falls back to the Chinese text where no English one was given, and reads a product saved as plain text', () => {
    expect(lueyang.signatureProducts[1]).toEqual({ name: '花椒', nameEn: '' })
    expect(productName(lueyang.signatureProducts[1]!, 'en')).toBe('花椒')
    const workshop = { title: '2018 培训班', titleEn: ' ', venue: '杭州', venueEn: 'Hangzhou' }
    expect(workshopTitle(workshop, 'en')).toBe('2018 培训班')
    expect(workshopVenue(workshop, 'en')).toBe('Hangzhou')
    expect(workshopVenue(workshop, 'zh-CN')).toBe('杭州')
  })

  it('ships poverty lines whose every text is in one language only', () => {
    for (const line of DEFAULT_POVERTY_LINES) {
      for (const chinese of [line.basis, line.source]) expect(chinese).not.toMatch(/[A-Za-z]/)
      for (const english of [line.basisEn, line.sourceEn]) expect(english).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
