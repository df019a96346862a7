import { messageLeaves, type MessageKey as KeyOf } from '../i18n/catalogue'
import { createI18n, translator } from '../i18n/translator'
import type { Locale } from '../locale/locale'
import { validationMessages } from './validation-messages'

/** A validation or API error's key, e.g. 'v.required': what schemas and the hub's answers carry. */
export type MessageKey = KeyOf<(typeof validationMessages.messages)['zh-CN']>

const KEYS: ReadonlySet<string> = new Set(
  messageLeaves(validationMessages.messages['zh-CN']).map(([key]) => key),
)

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && KEYS.has(value)
}

// One instance for the hub and the renderer alike: the language is chosen per call (the caller's Accept-Language).
const i18n = createI18n()

export function formatMessage(
  key: MessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return translator(i18n, validationMessages, locale)(key, params)
}
