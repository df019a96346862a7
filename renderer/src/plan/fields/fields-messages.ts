import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The strings of the plan's shared boxes (numbers, dates), Chinese first. */
const zhCN = {
  notSaved: '未保存。目前保存的值：{{value}}',
  notSavedEmpty: '未保存。目前保存的值：未填写',
  datePlaceholder: '例：2020-12-31',
  dateInvalid: '请输入完整的日期，如 2020-12-31 或 20201231。',
}

const en: typeof zhCN = {
  notSaved: 'Not saved. Saved value: {{value}}',
  notSavedEmpty: 'Not saved. Saved value: none',
  datePlaceholder: 'e.g. 2020-12-31',
  dateInvalid: 'Enter a whole date, such as 2020-12-31 or 20201231.',
}

export const fieldsMessages = defineCatalogue('fields', zhCN, en)
