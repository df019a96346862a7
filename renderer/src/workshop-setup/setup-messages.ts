import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The setup page's frame: its tabs, title and presence line. */
const zhCN = {
  pageTitle: '{{tab}} · {{title}}',
  back: '返回培训班列表',
  presence: '在线设备：{{devices}}（{{counties}} 个县）',
  tabs: {
    label: '培训班设置',
    details: '基本信息',
    counties: '参训县',
    groups: '小组',
    agenda: '议程',
    povertyLines: '贫困线',
    resources: '资源目录',
    join: '加入',
    export: '导出',
    followUp: '跟踪复盘',
  },
  notFound: {
    title: '找不到该培训班',
    text: '它可能已被删除。',
  },
}

const en = {
  pageTitle: '{{tab}} · {{title}}',
  back: 'Back to the workshops',
  presence: 'Devices online: {{devices}} (counties: {{counties}})',
  tabs: {
    label: 'Workshop setup',
    details: 'Details',
    counties: 'Counties',
    groups: 'Groups',
    agenda: 'Agenda',
    povertyLines: 'Poverty lines',
    resources: 'Resources',
    join: 'Join',
    export: 'Export',
    followUp: 'Follow-up',
  },
  notFound: {
    title: 'Workshop not found',
    text: 'It may have been deleted.',
  },
}

export const setupMessages = defineCatalogue('setup', zhCN, en)
