import type { Localized } from '../locale/locale'

/**
 * The one name of each concept a plan is built on, in both languages. The editors' labels, the printed
 * plan and its glossary annex all take these terms from here, so a group never reads 核查来源 on screen
 * and 核验来源 in the PDF. Terms other strings merely mention (a poverty line "of 2018") are worded
 * around the same term.
 */
export const PLAN_TERMS = {
  povertyLine: { 'zh-CN': '贫困线', en: 'Poverty line' },
  baseline: { 'zh-CN': '基线', en: 'Baseline' },
  baselineValue: { 'zh-CN': '基线值', en: 'Baseline value' },
  baselineYear: { 'zh-CN': '基线年份', en: 'Baseline year' },
  verificationSource: { 'zh-CN': '核查来源', en: 'Source of verification' },
  responsibleUnit: { 'zh-CN': '责任单位', en: 'Responsible unit' },
} satisfies Record<string, Localized>

export type PlanTerm = keyof typeof PLAN_TERMS
