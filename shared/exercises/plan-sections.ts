import type { Localized } from '../locale/locale'

/** The sections of an exported county plan, in print order (docs/domain.md "The exported county plan"). */
export const PLAN_SECTIONS = [
  'cover',
  'summary',
  'situation',
  'problem-analysis',
  'resource-matching',
  'targets',
  'action-plan',
  'budget',
  'logframe',
  'risks',
  'monitoring',
  'annexes',
] as const
export type PlanSection = (typeof PLAN_SECTIONS)[number]

export const PLAN_SECTION_TITLES: Record<PlanSection, Localized> = {
  cover: { 'zh-CN': '封面', en: 'Cover' },
  summary: { 'zh-CN': '摘要', en: 'Summary' },
  situation: { 'zh-CN': '县情分析', en: 'Situation' },
  'problem-analysis': { 'zh-CN': '问题分析', en: 'Problem analysis' },
  'resource-matching': { 'zh-CN': '资源对接', en: 'Resource matching' },
  targets: { 'zh-CN': '目标与指标', en: 'Targets and indicators' },
  'action-plan': { 'zh-CN': '行动计划', en: 'Action plan' },
  budget: { 'zh-CN': '预算', en: 'Budget' },
  logframe: { 'zh-CN': '逻辑框架', en: 'Logframe' },
  risks: { 'zh-CN': '风险与保障', en: 'Risks and safeguards' },
  monitoring: { 'zh-CN': '监测与评估', en: 'Monitoring and review' },
  annexes: { 'zh-CN': '附件', en: 'Annexes' },
}
