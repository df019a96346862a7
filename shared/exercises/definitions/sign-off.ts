import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

export const SIGN_OFF: ExerciseDefinition = {
  kind: 'sign-off',
  title: { 'zh-CN': '审定与导出', en: 'Sign-off and export' },
  purpose: {
    'zh-CN': '确认规划标题和期限，约定跟踪评估安排，定稿并导出。',
    en: "Confirm the plan's title and period, agree on follow-up reviews, then finalise and export.",
  },
  instructions: [
    {
      'zh-CN': '确定规划标题和起止年份，例如“略阳县电商精准扶贫合作方案 2018–2020”。',
      en: 'Settle the title and years of the plan, e.g. “Lueyang County e-commerce poverty-alleviation cooperation plan 2018–2020”.',
    },
    {
      'zh-CN': '写下监测和评估安排：谁负责，多久对照目标检查一次实际进展（如每季度一次）。',
      en: 'Write the monitoring and review schedule: who is responsible, and how often actual progress is reviewed against the targets (e.g. quarterly).',
    },
    {
      'zh-CN': '查看各环节的完成情况，处理剩余的提示。',
      en: 'Check the completeness of every step and deal with the remaining flags.',
    },
    {
      'zh-CN': '全组确认后，请主持人把方案标记为定稿并导出 PDF。',
      en: 'When the whole group agrees, ask the facilitator to mark the plan final and export the PDF.',
    },
  ],
  prompts: [
    { 'zh-CN': '回到县里后，第一次评估在什么时候？', en: 'Back in the county, when is the first review?' },
    { 'zh-CN': '规划还需要报哪些部门审定？', en: 'Which departments must still approve the plan?' },
  ],
  defaultMinutes: 30,
  sections: ['cover', 'monitoring'],
  criteria: [
    {
      id: 'title',
      label: { 'zh-CN': '填写规划标题', en: 'Enter the title of the plan' },
      met: ({ info }) => filled(info.title),
    },
    {
      id: 'period',
      label: { 'zh-CN': '填写规划起止年份', en: 'Enter the start and end years of the plan' },
      met: ({ info }) => info.startYear !== null && info.endYear !== null && info.startYear <= info.endYear,
    },
    {
      id: 'monitoring',
      label: { 'zh-CN': '写下监测和评估安排', en: 'Write the monitoring and review schedule' },
      met: ({ prose }) => hasProse(prose.monitoring),
    },
    {
      id: 'final',
      label: {
        'zh-CN': '全组确认后由主持人标记定稿',
        en: 'Have the facilitator mark the plan final once the group agrees',
      },
      met: ({ info }) => info.status === 'final',
    },
  ],
}
