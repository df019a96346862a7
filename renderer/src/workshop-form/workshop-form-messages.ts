import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** A workshop's details, as created on the home page and edited on the setup page. */
const zhCN = {
  createTitle: '新建培训班',
  createOk: '创建培训班',
  created: '已创建培训班“{{title}}”。',
  saved: '已保存基本信息。',
  templateDays: '共 {{days}} 天',
  fields: {
    title: '培训班名称',
    titleEn: '英文名称（选填）',
    venue: '地点',
    venueEn: '地点（英文，选填）',
    startDate: '开始日期',
    endDate: '结束日期',
    language: '工作语言',
    languageHelp: '导出的方案和小组设备默认使用此语言。',
    facilitator: '主持人',
    template: '课程模板',
    templateHelp: '议程将按所选模板生成，之后可在“议程”中修改。',
  },
  languages: {
    zhCN: '简体中文',
    en: '英文',
  },
}

const en = {
  createTitle: 'New workshop',
  createOk: 'Create workshop',
  created: 'Created the workshop “{{title}}”.',
  saved: 'Details saved.',
  templateDays: '{{days}} days',
  fields: {
    title: 'Workshop title',
    titleEn: 'Title in English (optional)',
    venue: 'Venue',
    venueEn: 'Venue in English (optional)',
    startDate: 'Start date',
    endDate: 'End date',
    language: 'Working language',
    languageHelp: 'Exported plans and group devices use this language by default.',
    facilitator: 'Facilitator',
    template: 'Programme',
    templateHelp: 'The agenda is laid out from this programme; you can change it later under Agenda.',
  },
  languages: {
    zhCN: 'Simplified Chinese',
    en: 'English',
  },
}

export const workshopFormMessages = defineCatalogue('workshop-form', zhCN, en)
