import { describe, expect, it } from 'vitest'
import { defineCatalogue, isCatalogue, messageLeaves } from '../../../shared/i18n/catalogue'
import { createI18n, translator } from '../../../shared/i18n/translator'

const chickens = defineCatalogue(
  'test-chickens',
  {
    heading: '略阳乌鸡',
    profit: '每只利润 {{yuan}} 元',
    steps: ['养殖', '网上销售'],
    nested: { line: '贫困线' },
  },
  {
    heading: 'Dark-boned chickens',
    profit: '{{yuan}} yuan profit each',
    steps: ['Raise', 'Sell online'],
    nested: { line: 'Poverty line' },
  },
)

describe('catalogues: one feature’s strings, registered as its own i18next namespace', () => {
  it('translates a key in the language asked for, with {{placeholders}} filled', () => {
    const i18n = createI18n('zh-CN')
    expect(translator(i18n, chickens, 'en')('profit', { yuan: 75 })).toBe('75 yuan profit each')
    expect(translator(i18n, chickens, 'zh-CN')('nested.line')).toBe('贫困线')
  })

  it('follows the instance’s language when no language is fixed', async () => {
    const i18n = createI18n('zh-CN')
    const t = translator(i18n, chickens)
    expect(t('heading')).toBe('略阳乌鸡')
    await i18n.changeLanguage('en')
    expect(t('heading')).toBe('Dark-boned chickens')
  })

  it('registers a namespace once, however often a feature asks', () => {
    const i18n = createI18n()
    translator(i18n, chickens)
    translator(i18n, chickens)
    expect(i18n.hasResourceBundle('en', 'test-chickens')).toBe(true)
  })

  it('lists every leaf, list items by index', () => {
    expect(messageLeaves(chickens.messages.en)).toEqual([
      ['heading', 'Dark-boned chickens'],
      ['profit', '{{yuan}} yuan profit each'],
      ['steps.0', 'Raise'],
      ['steps.1', 'Sell online'],
      ['nested.line', 'Poverty line'],
    ])
  })

  it('recognises a catalogue among a module’s exports', () => {
    expect(isCatalogue(chickens)).toBe(true)
    expect(isCatalogue({ namespace: 'x' })).toBe(false)
    expect(isCatalogue('text')).toBe(false)
  })
})
