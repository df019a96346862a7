import type { Plan } from '../../live/plan-schema'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

const costedLines = (plan: Plan) =>
  plan.actions.flatMap((action) => action.budgetLines.filter((line) => line.amount !== null))

export const BUDGET: ExerciseDefinition = {
  kind: 'budget',
  title: { 'zh-CN': '预算', en: 'Budget' },
  purpose: {
    'zh-CN': '为每项措施编列分年度、分资金来源的预算。',
    en: 'Budget each measure by year and by funding source.',
  },
  instructions: [
    {
      'zh-CN': '为每项措施列出预算条目：用途、年份、资金来源和金额（元）。',
      en: 'List the budget lines of each measure: what the money buys, the year, the funding source and the amount (yuan).',
    },
    {
      'zh-CN':
        '资金来源包括财政专项扶贫资金、统筹整合涉农资金、东西部协作资金、企业投入、金融信贷和自筹资金。',
      en: 'Funding sources are special fiscal poverty funds, pooled agricultural funds, east–west pairing funds, enterprise investment, bank credit and self-raised funds.',
    },
    {
      'zh-CN': '查看按年度和按来源的合计，确认与县里的资金安排一致。',
      en: "Check the totals by year and by source against the county's funding plans.",
    },
  ],
  prompts: [
    {
      'zh-CN': '哪些资金已经落实，哪些还需要争取？',
      en: 'Which funds are secured, and which still have to be won?',
    },
    {
      'zh-CN': '企业和合作方的投入是否都写进了预算？',
      en: "Are the partners' and firms' contributions all in the budget?",
    },
  ],
  defaultMinutes: 45,
  sections: ['budget'],
  criteria: [
    {
      id: 'lines',
      label: { 'zh-CN': '至少编列一条预算', en: 'Enter at least one budget line' },
      met: (plan) => costedLines(plan).length > 0,
    },
    {
      id: 'every-measure',
      label: { 'zh-CN': '为每项措施编列预算', en: 'Budget every measure' },
      met: (plan) =>
        allOf(
          plan.actions.filter((action) => filled(action.title)),
          (action) => action.budgetLines.some((line) => line.amount !== null),
        ),
    },
    {
      id: 'years-and-sources',
      label: {
        'zh-CN': '为每条预算写明年份和资金来源',
        en: 'Give every budget line a year and a funding source',
      },
      met: (plan) => allOf(costedLines(plan), (line) => line.year !== null && line.source !== null),
    },
  ],
}
