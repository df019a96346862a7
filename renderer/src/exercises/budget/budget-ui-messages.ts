import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/**
 * The strings of the budget step, Chinese first. The print part's stay with the printed plan's
 * (print-messages.ts), which prints in the export's language.
 */
export const budgetUiMessages = defineCatalogue(
  'ui-budget',
  {
    heading: '预算汇总',
    empty: '还没有预算条目。在“行动计划”中为各项措施添加预算条目后，这里会按年度和资金来源汇总。',
    toActions: '前往行动计划',
    total: '预算总额',
    yuan: '{{amount}} 元',
    wan: '合 {{amount}} 万元',
    counts: '{{actions}} 项措施，{{lines}} 条预算',
    matrix: {
      heading: '按年度和资金来源',
      caption: '预算汇总（元）：行为年度，列为资金来源，含各行各列合计和总计',
      year: '年度',
      total: '合计',
      noYear: '未填年份',
      noSource: '未填来源',
      yearValue: '{{year}} 年',
    },
    byAction: {
      heading: '各措施预算',
      action: '措施',
      batch: '“五个一批”类别',
      lines: '预算条数',
      amount: '金额（元）',
      none: '未编列预算',
      edit: '编辑“{{title}}”的预算',
      untitled: '未命名措施',
    },
    gaps: {
      heading: '待补充年份或资金来源的预算',
      intro: '以下条目缺少年份或资金来源，只计入了“未填”一行或一列。请到行动计划中补充。',
      none: '所有预算条目都已写明年份和资金来源。',
      line: '{{action}} · 第 {{position}} 条：{{item}}',
      noItem: '未写用途',
      noAmount: '未填金额',
      missingYear: '缺年份',
      missingSource: '缺资金来源',
      separator: '、',
      fix: '去补充',
      fixWhich: '：“{{action}}”第 {{position}} 条预算',
    },
  },
  {
    heading: 'Budget summary',
    empty:
      'No budget lines yet. Once the measures in the “Action plan” have budget lines, they are totalled here by year and funding source.',
    toActions: 'Go to the action plan',
    total: 'Total budget',
    yuan: '{{amount}} yuan',
    wan: '= {{amount}} × 10,000 yuan',
    counts: 'Measures: {{actions}} · budget lines: {{lines}}',
    matrix: {
      heading: 'By year and funding source',
      caption: 'Budget in yuan: years in rows, funding sources in columns, with row, column and grand totals',
      year: 'Year',
      total: 'Total',
      noYear: 'No year',
      noSource: 'No source',
      yearValue: '{{year}}',
    },
    byAction: {
      heading: 'Budget per measure',
      action: 'Measure',
      batch: '“Five batches” category',
      lines: 'Budget lines',
      amount: 'Amount (yuan)',
      none: 'Not budgeted',
      edit: 'Edit the budget of “{{title}}”',
      untitled: 'Untitled measure',
    },
    gaps: {
      heading: 'Budget lines without a year or funding source',
      intro:
        'These lines lack a year or a funding source, so they are totalled only under “No year” or “No source”. Complete them in the action plan.',
      none: 'Every budget line has a year and a funding source.',
      line: '{{action}} · line {{position}}: {{item}}',
      noItem: 'no item given',
      noAmount: 'no amount',
      missingYear: 'year missing',
      missingSource: 'funding source missing',
      separator: ', ',
      fix: 'Complete',
      fixWhich: ': budget line {{position}} of “{{action}}”',
    },
  },
)
