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
    })
  })

  it('reads a malformed query as not given', () => {
    expect(parsePrintQuery('?lang=fr&exportedAt=yesterday')).toEqual({ lang: null, exportedAt: null })
    expect(parsePrintQuery('?lang=%E0%A4%A')).toEqual({ lang: null, exportedAt: null })
  })
})
