import { defineCatalogue } from '../i18n/catalogue'

/** What an exported file is called, in the export's language. */
const zhCN = {
  countyPlan: '{{county}} 规划方案',
  countyComments: '{{county}} 未解决的评论',
  summary: '各县规划目标汇总',
  reviewTemplate: '{{county}} {{round}} 复盘模板',
  reviewReport: '{{county}} {{round}} 复盘报告',
  reviewSummary: '{{round}} 各县复盘汇总',
}

const en = {
  countyPlan: '{{county}} plan',
  countyComments: '{{county}} open comments',
  summary: 'Headline targets of all counties',
  reviewTemplate: '{{county}} {{round}} review template',
  reviewReport: '{{county}} {{round}} review report',
  reviewSummary: '{{round}} review summary of all counties',
}

export const exportFileMessages = defineCatalogue('export-file', zhCN, en)
