import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The export tab of the setup page: previews and PDF downloads. */
const zhCN = {
  title: '导出方案 PDF',
  intro:
    '每个县的方案导出为一个 PDF，另附一份各县目标汇总。可以先预览，再下载。草稿带有“草稿”水印，定稿后不再显示。',
  language: '导出语言',
  county: '县',
  plan: '方案',
  status: '状态',
  actions: '操作',
  preview: '预览',
  previewOf: '预览：{{name}}',
  download: '下载 PDF',
  downloadOf: '下载 PDF：{{name}}',
  summary: '各县目标汇总',
  exportAll: '全部导出',
  cancel: '取消',
  progress: '已完成 {{done}} / {{total}}',
  waiting: '等待中',
  working: '正在生成……',
  done: '已下载',
  failed: '失败：{{message}}',
  cancelled: '已取消',
  finished: '导出完成，共 {{count}} 个文件。',
  finishedWithErrors: '{{failed}} 个文件导出失败，其余已下载。',
  cancelledNote: '已取消导出，已下载的文件保留。',
  noCounties: '还没有县。请先在“县”中添加县。',
  loading: '正在读取各县方案……',
  result: '导出结果',
}

const en = {
  title: 'Export plans as PDF',
  intro:
    'Each county’s plan becomes one PDF, plus a summary of all counties’ targets. Preview first, then download. Drafts carry a “DRAFT” watermark until they are marked final.',
  language: 'Export language',
  county: 'County',
  plan: 'Plan',
  status: 'Status',
  actions: 'Actions',
  preview: 'Preview',
  previewOf: 'Preview: {{name}}',
  download: 'Download PDF',
  downloadOf: 'Download PDF: {{name}}',
  summary: 'Headline targets of all counties',
  exportAll: 'Export all',
  cancel: 'Cancel',
  progress: '{{done}} of {{total}} done',
  waiting: 'Waiting',
  working: 'Making the PDF…',
  done: 'Downloaded',
  failed: 'Failed: {{message}}',
  cancelled: 'Cancelled',
  finished: 'Export finished: {{count}} files.',
  finishedWithErrors: '{{failed}} files could not be exported; the others were downloaded.',
  cancelledNote: 'Export cancelled; files already downloaded are kept.',
  noCounties: 'There are no counties yet. Add them under Counties first.',
  loading: 'Reading the counties’ plans…',
  result: 'Export result',
}

export const exportTabMessages = defineCatalogue('export-tab', zhCN, en)
