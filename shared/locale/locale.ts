/** The app speaks Simplified Chinese first and English second; every user-facing string exists in both. */
export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

/**
 * A text given in every locale the app supports, for what people type and the app stores in both languages:
 * a resource's title, provider and description (the default catalogue is seeded into each workshop as
 * editable data), a match's copy of them in the plan. The app's own strings are i18next catalogues
 * (shared/i18n/catalogue.ts); the closed lists' label maps (plan-vocabulary.ts) are read out of one in this
 * form because the printed plan picks their language itself.
 */
export type Localized = Record<Locale, string>

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/**
 * Picks the app locale from an Accept-Language header or a LANG-style value.
 * Anything Chinese maps to zh-CN; anything else that names English maps to en; otherwise the default.
 */
export function pickLocale(preference: string | undefined | null): Locale {
  if (!preference) return DEFAULT_LOCALE
  const tags = preference
    .split(',')
    .map((part) => part.split(';')[0]?.trim().toLowerCase() ?? '')
    .filter(Boolean)
  for (const tag of tags) {
    if (tag.startsWith('zh')) return 'zh-CN'
    if (tag.startsWith('en')) return 'en'
  }
  return DEFAULT_LOCALE
}

/**
 * A localized text in the wanted language, or in the other one when that is blank (a facilitator
 * who typed a resource only in Chinese still sees it in the English view).
 */
export function textIn(value: Localized, locale: Locale): string {
  if (value[locale].trim() !== '') return value[locale]
  return LOCALES.map((other) => value[other]).find((text) => text.trim() !== '') ?? ''
}
