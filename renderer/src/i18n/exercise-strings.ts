import type i18next from 'i18next'
import { en } from './en'
import { zhCN, type Messages } from './zh-CN'

/**
 * The exercises' screen strings not yet in catalogues of their own: i18next's default `translation`
 * namespace, typed so `t('plan.swot.heading')` is checked by the compiler. Each exercise takes its subtree
 * out of zh-CN.ts and en.ts into its slice's catalogue; with the last one, this file and those two go.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

export function registerExerciseStrings(instance: typeof i18next): void {
  instance.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
  instance.addResourceBundle('en', 'translation', en, true, false)
}
