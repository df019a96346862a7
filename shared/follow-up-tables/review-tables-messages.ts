import { defineCatalogue } from '../i18n/catalogue'

/**
 * A follow-up round's review status as an office reads it in a spreadsheet: sheet names (at most 31
 * characters), column headers, the workbook's title row and the files' names.
 */
const zhCN = {
  tables: {
    counties: '各县复盘汇总',
    indicators: '指标实际与目标',
    items: '行动与资源对接状态',
  },
  county: '县',
  counties: {
    report: '填报情况',
    reported: '已报告',
    notReported: '未报告',
    reporter: '填报人',
    role: '填报身份',
    reportedOn: '填报日期',
    peopleToDate: '截至本轮已脱贫人数',
    peoplePlanned: '规划脱贫人数',
    peoplePlannedBy: '规划完成年份',
    peoplePercent: '完成规划（%）',
    met: '指标已达标',
    behind: '指标未达标',
    open: '指标待报告或无目标',
    onTrack: '行动进展顺利',
    late: '行动滞后',
    done: '行动已完成',
    dropped: '行动已取消',
    actionsNotReported: '行动未报告',
  },
  indicators: {
    name: '指标',
    unit: '单位',
    target: '{{year}} 年目标',
    actual: '实际',
    gap: '差距',
    state: '情况',
    note: '说明',
  },
  items: {
    kind: '类别',
    action: '行动',
    match: '资源对接',
    title: '事项',
    status: '状态',
    note: '说明',
  },
  titleRow: '{{table}} · {{round}} · {{workshop}}',
  countyTitleRow: '{{county}} · {{table}} · {{round}}',
  files: {
    workbook: '{{round}} 复盘表格',
    table: '{{round}} {{table}}',
    countyWorkbook: '{{county}} {{round}} 复盘表格',
    countyTable: '{{county}} {{round}} {{table}}',
  },
}

const en = {
  tables: {
    counties: 'Review across counties',
    indicators: 'Indicators vs targets',
    items: 'Actions and matches',
  },
  county: 'County',
  counties: {
    report: 'Report',
    reported: 'Reported',
    notReported: 'Not reported',
    reporter: 'Reported by',
    role: 'Reporter role',
    reportedOn: 'Reported on',
    peopleToDate: 'People lifted to date',
    peoplePlanned: 'People lifted, plan',
    peoplePlannedBy: 'Plan year',
    peoplePercent: 'Share of plan (%)',
    met: 'Indicators met',
    behind: 'Indicators behind',
    open: 'Indicators open or without target',
    onTrack: 'Actions on track',
    late: 'Actions late',
    done: 'Actions done',
    dropped: 'Actions dropped',
    actionsNotReported: 'Actions not reported',
  },
  indicators: {
    name: 'Indicator',
    unit: 'Unit',
    target: 'Target {{year}}',
    actual: 'Actual',
    gap: 'Gap',
    state: 'Standing',
    note: 'Note',
  },
  items: {
    kind: 'Kind',
    action: 'Action',
    match: 'Resource match',
    title: 'Item',
    status: 'Status',
    note: 'Note',
  },
  titleRow: '{{table}} · {{round}} · {{workshop}}',
  countyTitleRow: '{{county}} · {{table}} · {{round}}',
  files: {
    workbook: '{{round}} review tables',
    table: '{{round}} {{table}}',
    countyWorkbook: '{{county}} {{round}} review tables',
    countyTable: '{{county}} {{round}} {{table}}',
  },
}

export const reviewTablesMessages = defineCatalogue('review-tables', zhCN, en)
