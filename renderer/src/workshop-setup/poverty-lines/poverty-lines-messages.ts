import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The poverty-line table of the setup page. */
const zhCN = {
  intro: '国家农村贫困线（元/人·年）。方案中的收入对比使用此表；未经核实的数字请保持“未核实”。',
  save: '保存贫困线',
  saved: '贫困线已保存。',
  addRow: '添加年份',
  removeRowN: '删除第 {{n}} 行',
  rowN: '第 {{n}} 行',
  inChinese: '{{column}}（中文）',
  inEnglish: '{{column}}（英文）',
  chinese: '中文',
  english: '英文（选填）',
  columns: {
    year: '年份',
    value: '标准（元/人·年）',
    basis: '价格基础',
    source: '来源',
    verified: '已核实',
  },
  empty: {
    title: '贫困线表是空的',
    text: '添加年份和当年的贫困线，小组才能把收入与贫困线比较。',
  },
}

const en = {
  intro:
    'The national rural poverty line (yuan per person per year). Plans compare incomes against this table; keep figures nobody has checked marked as not verified.',
  save: 'Save poverty lines',
  saved: 'Poverty lines saved.',
  addRow: 'Add year',
  removeRowN: 'Remove row {{n}}',
  rowN: 'Row {{n}}',
  inChinese: '{{column}} (Chinese)',
  inEnglish: '{{column}} (English)',
  chinese: 'Chinese',
  english: 'English (optional)',
  columns: {
    year: 'Year',
    value: 'Line (yuan/person/year)',
    basis: 'Price basis',
    source: 'Source',
    verified: 'Verified',
  },
  empty: {
    title: 'The poverty-line table is empty',
    text: 'Add years and their poverty line so that groups can compare incomes with it.',
  },
}

export const povertyLinesMessages = defineCatalogue('poverty-lines', zhCN, en)
