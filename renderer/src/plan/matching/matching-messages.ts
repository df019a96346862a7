/**
 * The strings of this step's editor, Chinese first; wired into the catalogues as plan.matching.
 * `en` must have exactly the keys of `zhCN` (the type says so).
 */
const zhCN = {}

export const matchingMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {},
}
