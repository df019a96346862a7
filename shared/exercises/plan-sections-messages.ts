import { defineCatalogue } from '../i18n/catalogue'
import type { PlanSection } from './plan-sections'

/** The headings of the exported plan's sections, one for each section (the type says so). */
const zhCN = {
  cover: '封面',
  summary: '摘要',
  situation: '县情分析',
  'problem-analysis': '问题分析',
  'resource-matching': '资源对接',
  targets: '目标与指标',
  'action-plan': '行动计划',
  budget: '预算',
  logframe: '逻辑框架',
  risks: '风险与保障',
  monitoring: '监测与评估',
  annexes: '附件',
} satisfies Record<PlanSection, string>

const en = {
  cover: 'Cover',
  summary: 'Summary',
  situation: 'Situation',
  'problem-analysis': 'Problem analysis',
  'resource-matching': 'Resource matching',
  targets: 'Targets and indicators',
  'action-plan': 'Action plan',
  budget: 'Budget',
  logframe: 'Logframe',
  risks: 'Risks and safeguards',
  monitoring: 'Monitoring and review',
  annexes: 'Annexes',
}

export const planSectionsMessages = defineCatalogue('plan-sections', zhCN, en)
