import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The follow-up report by spreadsheet: the template to hand to a county office, and its import. */
const zhCN = {
  title: '用表格填报',
  explain:
    '县扶贫办不在现场时：下载本县本轮的 Excel 模板交他们填写（黄色单元格），收回后在这里导入。导入的内容会整体替换本县本轮的报告；有错时什么都不会改动，并指出出错的单元格。',
  download: '下载 Excel 模板',
  downloaded: '已下载 {{fileName}}',
  import: '导入填好的模板',
  importing: '正在导入 {{fileName}}…',
  imported: '已导入 {{fileName}}，{{county}}的报告已更新。',
  failed: '{{fileName}} 未导入',
}

const en = {
  title: 'Report by spreadsheet',
  explain:
    'When the county office is not in the room: download this county’s Excel template for this round, have them fill in the yellow cells, then import it here. An import replaces the county’s report for this round as a whole; if anything is wrong, nothing changes and the wrong cell is named.',
  download: 'Download Excel template',
  downloaded: 'Downloaded {{fileName}}',
  import: 'Import a filled template',
  importing: 'Importing {{fileName}}…',
  imported: 'Imported {{fileName}}; the report of {{county}} is updated.',
  failed: '{{fileName}} was not imported',
}

export const reportSpreadsheetMessages = defineCatalogue('follow-up-spreadsheet', zhCN, en)
