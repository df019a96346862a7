import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The printed review summary of a follow-up round across counties. */
const zhCN = {
  title: '{{round}} · 各县复盘汇总',
  subtitle: '{{workshop}}　复盘日期：{{date}}　对照 {{year}} 年目标',
  reportedCounts: '{{reported}} 个县已报告，{{missing}} 个县尚未报告。',
  counties: '各县情况',
  county: '县',
  people: '已脱贫 / 规划（人）',
  share: '完成规划',
  indicators: '指标：达标 / 未达标 / 待报告',
  actions: '行动：滞后 / 已完成 / 已取消',
  reporter: '填报',
  reportedBy: '{{name}}（{{role}}），{{time}}',
  reportedByRole: '{{role}}，{{time}}',
  notReported: '未报告',
  noCounties: '这个工作坊还没有县。',
  charts: '各县对比图',
  late: '滞后的行动',
  noLate: '没有滞后的行动。',
  action: '行动',
  note: '说明',
}

const en = {
  title: '{{round}} · review summary of all counties',
  subtitle: '{{workshop}} · review date: {{date}} · judged against the {{year}} targets',
  reportedCounts: '{{reported}} counties reported, {{missing}} not yet.',
  counties: 'Counties',
  county: 'County',
  people: 'People lifted / plan',
  share: 'Share of plan',
  indicators: 'Indicators: met / behind / open',
  actions: 'Actions: late / done / dropped',
  reporter: 'Reported',
  reportedBy: '{{name}} ({{role}}), {{time}}',
  reportedByRole: '{{role}}, {{time}}',
  notReported: 'Not reported',
  noCounties: 'This workshop has no counties yet.',
  charts: 'Counties compared',
  late: 'Late actions',
  noLate: 'No action is late.',
  action: 'Action',
  note: 'Note',
}

export const reviewSummaryMessages = defineCatalogue('print-review-summary', zhCN, en)
