import { describe, expect, it } from 'vitest'
import { countyPrintPath, parsePrintQuery, summaryPrintPath } from '../../../shared/export/print-paths'

describe('print view addresses', () => {
  it('encodes ids and carries the language and export time', () => {
    expect(countyPrintPath('w1', 'c/1', { lang: 'en', exportedAt: '2018-03-02T10:00:00.000Z' })).toBe(
      '/print/workshops/w1/counties/c%2F1?lang=en&exportedAt=2018-03-02T10%3A00%3A00.000Z',
    )
    expect(summaryPrintPath('w1', { lang: null, exportedAt: null })).toBe('/print/workshops/w1/summary')
  })

  it('reads back what it wrote', () => {
    const path = countyPrintPath('w', 'c', { lang: 'zh-CN', exportedAt: '2018-03-02T10:00:00.000Z' })
    expect(parsePrintQuery(path.slice(path.indexOf('?')))).toEqual({
      lang: 'zh-CN',
      exportedAt: '2018-03-02T10:00:00.000Z',
      version: null,
    })
    // A kept version of the plan, shown read-only from the versions panel.
    const kept = countyPrintPath('w', 'c', { lang: 'en', exportedAt: null, version: 12 })
    expect(kept).toBe('/print/workshops/w/counties/c?lang=en&version=12')
    expect(parsePrintQuery(kept.slice(kept.indexOf('?')))).toEqual({
      lang: 'en',
      exportedAt: null,
      version: 12,
    })
  })

  it('reads a malformed query as not given', () => {
    const none = { lang: null, exportedAt: null, version: null }
    expect(parsePrintQuery('?lang=fr&exportedAt=yesterday&version=-1')).toEqual(none)
    expect(parsePrintQuery('?lang=%E0%A4%A&version=0')).toEqual(none)
  })
})
