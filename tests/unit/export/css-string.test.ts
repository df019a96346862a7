import { describe, expect, it } from 'vitest'
import { cssString, pageCounterContent } from '../../../shared/export/css-string'

describe('CSS strings for the running header', () => {
  it('quotes plain text', () => {
    expect(cssString('略阳县 · 方案')).toBe('"略阳县 · 方案"')
  })

  it('escapes quotes and backslashes so the string cannot end early', () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"')
  })

  it('turns line breaks into spaces and drops other control characters', () => {
    expect(cssString('a\nb\u0000c')).toBe('"a bc"')
  })

  it('escapes < so no </style> can appear in the style text', () => {
    expect(cssString('</style><script>')).not.toContain('<')
  })

  it('builds page counters from the page-number sentence of either language', () => {
    expect(pageCounterContent('第 {{page}} 页，共 {{pages}} 页')).toBe(
      '"第 " counter(page) " 页，共 " counter(pages) " 页"',
    )
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe(
      '"Page " counter(page) " of " counter(pages)',
    )
  })
})
