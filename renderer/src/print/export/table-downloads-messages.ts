import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The export tab's downloads of a county plan's tables (XLSX, CSV) and data (JSON). */
const zhCN = {
  column: '表格与数据',
  intro:
    '每个县的方案也可以下载为表格（XLSX，每张表一个工作表；CSV，一次一张表）和完整数据（JSON），语言同上。',
  xlsx: '表格 (XLSX)',
  xlsxOf: '下载表格 (XLSX)：{{name}}',
  csv: '单表 (CSV)',
  csvOf: '下载单表 (CSV)：{{name}}',
  json: '完整数据 (JSON)',
  jsonOf: '下载完整数据 (JSON)：{{name}}',
  failed: '下载失败：{{message}}',
}

const en = {
  column: 'Tables and data',
  intro:
    'Each county’s plan can also be downloaded as tables (XLSX, a sheet per table; CSV, one table at a time) and as its full data (JSON), in the language chosen above.',
  xlsx: 'Tables (XLSX)',
  xlsxOf: 'Download tables (XLSX): {{name}}',
  csv: 'One table (CSV)',
  csvOf: 'Download one table (CSV): {{name}}',
  json: 'Full data (JSON)',
  jsonOf: 'Download full data (JSON): {{name}}',
  failed: 'Download failed: {{message}}',
}

export const tableDownloadsMessages = defineCatalogue('export-tables', zhCN, en)
