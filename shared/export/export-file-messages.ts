import { defineCatalogue } from '../i18n/catalogue'

/** What an exported PDF's file is called, in the export's language. */
const zhCN = {
  countyPlan: '{{county}} 规划方案',
  summary: '各县规划目标汇总',
}

const en = {
  countyPlan: '{{county}} plan',
  summary: 'Headline targets of all counties',
}

export const exportFileMessages = defineCatalogue('export-file', zhCN, en)
