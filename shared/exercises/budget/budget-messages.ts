import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see budget-definition.ts). */
export const budgetMessages = defineCatalogue(
  'exercise-budget',
  {
    title: '预算',
    purpose: '为每项措施编列分年度、分资金来源的预算。',
    instructions: [
      '为每项措施列出预算条目：用途、年份、资金来源和金额（元）。',
      '资金来源包括财政专项扶贫资金、统筹整合涉农资金、东西部协作资金、企业投入、金融信贷和自筹资金。',
      '查看按年度和按来源的合计，确认与县里的资金安排一致。',
    ],
    prompts: ['哪些资金已经落实，哪些还需要争取？', '企业和合作方的投入是否都写进了预算？'],
    criteria: {
      lines: '至少编列一条预算',
      'every-measure': '为每项措施编列预算',
      'years-and-sources': '为每条预算写明年份和资金来源',
    },
  },
  {
    title: 'Budget',
    purpose: 'Budget each measure by year and by funding source.',
    instructions: [
      'List the budget lines of each measure: what the money buys, the year, the funding source and the amount (yuan).',
      'Funding sources are special fiscal poverty funds, pooled agricultural funds, east–west pairing funds, enterprise investment, bank credit and self-raised funds.',
      "Check the totals by year and by source against the county's funding plans.",
    ],
    prompts: [
      'Which funds are secured, and which still have to be won?',
      "Are the partners' and firms' contributions all in the budget?",
    ],
    criteria: {
      lines: 'Enter at least one budget line',
      'every-measure': 'Budget every measure',
      'years-and-sources': 'Give every budget line a year and a funding source',
    },
  },
)
