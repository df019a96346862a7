import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see sign-off-definition.ts). */
export const signOffMessages = defineCatalogue(
  'exercise-sign-off',
  {
    title: '审定与导出',
    purpose: '确认规划标题和期限，约定跟踪评估安排，定稿并导出。',
    instructions: [
      '确定规划标题和起止年份，例如“略阳县电商精准扶贫合作方案 2018–2020”。',
      '写下监测和评估安排：谁负责，多久对照目标检查一次实际进展（如每季度一次）。',
      '查看各环节的完成情况，处理剩余的提示。',
      '全组确认后，请主持人把方案标记为定稿并导出 PDF。',
    ],
    prompts: ['回到县里后，第一次评估在什么时候？', '规划还需要报哪些部门审定？'],
    criteria: {
      title: '填写规划标题',
      period: '填写规划起止年份',
      monitoring: '写下监测和评估安排',
      final: '全组确认后由主持人标记定稿',
    },
  },
  {
    title: 'Sign-off and export',
    purpose: "Confirm the plan's title and period, agree on follow-up reviews, then finalise and export.",
    instructions: [
      'Settle the title and years of the plan, e.g. “Lueyang County e-commerce poverty-alleviation cooperation plan 2018–2020”.',
      'Write the monitoring and review schedule: who is responsible, and how often actual progress is reviewed against the targets (e.g. quarterly).',
      'Check the completeness of every step and deal with the remaining flags.',
      'When the whole group agrees, ask the facilitator to mark the plan final and export the PDF.',
    ],
    prompts: [
      'Back in the county, when is the first review?',
      'Which departments must still approve the plan?',
    ],
    criteria: {
      title: 'Enter the title of the plan',
      period: 'Enter the start and end years of the plan',
      monitoring: 'Write the monitoring and review schedule',
      final: 'Have the facilitator mark the plan final once the group agrees',
    },
  },
)
