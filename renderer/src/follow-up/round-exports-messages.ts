import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** A round's review summary (PDF) and review tables (XLSX, CSV), under the round's table of counties. */
const zhCN = {
  title: '汇总与表格',
  language: '语言',
  summaryPdf: '打印复盘汇总',
  xlsx: '复盘表格 (XLSX)',
  csv: '单表 (CSV)',
  printing: '正在生成复盘汇总 PDF……',
  downloading: '正在准备下载……',
  saved: '已下载：{{name}}',
  failed: '下载失败：{{message}}',
}

const en = {
  title: 'Summary and tables',
  language: 'Language',
  summaryPdf: 'Print review summary',
  xlsx: 'Review tables (XLSX)',
  csv: 'One table (CSV)',
  printing: 'Making the review summary PDF…',
  downloading: 'Preparing the download…',
  saved: 'Downloaded: {{name}}',
  failed: 'Download failed: {{message}}',
}

export const roundExportsMessages = defineCatalogue('follow-up-round-exports', zhCN, en)
