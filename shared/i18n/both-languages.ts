import type { Catalogue, MessageKey, MessageTree } from './catalogue'
import { createI18n, translator } from './translator'

const i18n = createI18n()

/**
 * One message for a terminal shared by readers of either language (`npm start`, `npm run serve`, `npm run
 * export`): English first, then Chinese, both from the same catalogue entry. A message of several lines gets
 * a blank line between the languages so each reads as a block.
 */
export function inBothLanguages<T extends MessageTree>(
  catalogue: Catalogue<T>,
  key: MessageKey<T>,
  values?: Record<string, unknown>,
): string {
  const [english, chinese] = (['en', 'zh-CN'] as const).map((locale) =>
    translator(i18n, catalogue, locale)(key, values),
  )
  return `${english}${english?.includes('\n') ? '\n\n' : '\n'}${chinese}`
}

/** A short label for readers of either language, on one line: "Usage / 用法". */
export function labelInBothLanguages<T extends MessageTree>(
  catalogue: Catalogue<T>,
  key: MessageKey<T>,
): string {
  return inBothLanguages(catalogue, key).replace('\n', ' / ')
}
