import type { Localized } from '../locale/locale'

/**
 * The exercises a workshop is made of, in the order of a county plan (DOMAIN.md run-sheet).
 * `custom` is any other agenda item (opening plenary, site visit, break) and carries its own title.
 */
export const EXERCISE_KINDS = [
  'county-data-card',
  'problem-tree',
  'swot',
  'dot-vote',
  'gallery-walk',
  'resource-matching',
  'target-setting',
  'action-plan',
  'budget',
  'logframe',
  'peer-review',
  'sign-off',
  'custom',
] as const
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]

export interface ExerciseKindInfo {
  title: Localized
  defaultMinutes: number
}

export const EXERCISE_KIND_INFO: Record<ExerciseKind, ExerciseKindInfo> = {
  'county-data-card': { title: { 'zh-CN': '县情数据卡', en: 'County data card' }, defaultMinutes: 30 },
  'problem-tree': { title: { 'zh-CN': '问题树', en: 'Problem tree' }, defaultMinutes: 90 },
  swot: { title: { 'zh-CN': 'SWOT 分析', en: 'SWOT analysis' }, defaultMinutes: 60 },
  'dot-vote': {
    title: { 'zh-CN': '圆点投票：排序主要问题', en: 'Dot-vote on the top problems' },
    defaultMinutes: 20,
  },
  'gallery-walk': { title: { 'zh-CN': '画廊漫步', en: 'Gallery walk' }, defaultMinutes: 30 },
  'resource-matching': { title: { 'zh-CN': '资源对接', en: 'Resource matching' }, defaultMinutes: 120 },
  'target-setting': { title: { 'zh-CN': '目标设定', en: 'Target setting' }, defaultMinutes: 120 },
  'action-plan': { title: { 'zh-CN': '行动计划', en: 'Action plan' }, defaultMinutes: 120 },
  budget: { title: { 'zh-CN': '预算', en: 'Budget' }, defaultMinutes: 45 },
  logframe: { title: { 'zh-CN': '逻辑框架', en: 'Logframe' }, defaultMinutes: 45 },
  'peer-review': { title: { 'zh-CN': '同伴互评', en: 'Peer review' }, defaultMinutes: 45 },
  'sign-off': { title: { 'zh-CN': '审定与导出', en: 'Sign-off and export' }, defaultMinutes: 30 },
  custom: { title: { 'zh-CN': '其他环节', en: 'Other item' }, defaultMinutes: 30 },
}
