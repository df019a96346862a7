import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The strings of the setup page's resource catalogue tab, Chinese first. */
const zhCN = {
  intro:
    '合作伙伴和政府可以提供给各县的资源。各小组在“资源对接”中把它们对接到本县的需求上。每个培训班有自己的一份目录，可按实际合作伙伴修改。',
  add: '添加资源',
  filter: '按类别筛选',
  all: '全部',
  kindCount: '{{kind}}（{{count}}）',
  noneOfKind: '“{{kind}}”下还没有资源。',
  columns: {
    order: '顺序',
    resource: '资源',
    kind: '类别',
    provider: '提供方',
  },
  providerLine: '提供方：',
  missingTitle: {
    'zh-CN': '未填中文名称',
    en: '未填英文名称',
  },
  moveUpNamed: '上移“{{name}}”',
  moveDownNamed: '下移“{{name}}”',
  moved: '已移动“{{name}}”。',
  editNamed: '编辑“{{name}}”',
  deleteNamed: '删除“{{name}}”',
  delete: {
    title: '删除“{{name}}”？',
    content: '已对接到各县方案中的此资源仍保留原有名称和提供方；删除后小组不能再选用它。此操作无法撤销。',
    ok: '删除该资源',
  },
  deleted: '已删除“{{name}}”。',
  saved: '已保存“{{name}}”。',
  empty: {
    title: '资源目录是空的',
    text: '添加合作伙伴和政府可以提供的资源，例如网店销售渠道、电商培训或小额信贷，小组才能把它们对接到本县的需求上。',
  },
  form: {
    addTitle: '添加资源',
    editTitle: '编辑“{{name}}”',
    languageHint:
      '名称和提供方用中文或英文填写均可，两种都填更好；只填一种时，另一种界面语言下显示已填的内容。',
    kindPlaceholder: '请选择类别',
    providerHint: '按角色填写，例如“合作平台企业”“县人民政府”，不写具体公司名称。',
  },
  fields: {
    kind: '类别',
    title: { 'zh-CN': '名称（中文）', en: '名称（英文）' },
    provider: { 'zh-CN': '提供方（中文）', en: '提供方（英文）' },
    description: { 'zh-CN': '说明（中文）', en: '说明（英文）' },
  },
}

const en: typeof zhCN = {
  intro:
    'What partners and the government can offer the counties. In resource matching, each group matches these to its county’s needs. Every workshop has its own copy of the catalogue; edit it to name the partners actually taking part.',
  add: 'Add resource',
  filter: 'Filter by kind',
  all: 'All',
  kindCount: '{{kind}} ({{count}})',
  noneOfKind: 'No resources under “{{kind}}” yet.',
  columns: {
    order: 'Order',
    resource: 'Resource',
    kind: 'Kind',
    provider: 'Offered by',
  },
  providerLine: 'Offered by: ',
  missingTitle: {
    'zh-CN': 'No Chinese title',
    en: 'No English title',
  },
  moveUpNamed: 'Move “{{name}}” up',
  moveDownNamed: 'Move “{{name}}” down',
  moved: 'Moved “{{name}}”.',
  editNamed: 'Edit “{{name}}”',
  deleteNamed: 'Delete “{{name}}”',
  delete: {
    title: 'Delete “{{name}}”?',
    content:
      'Plans that already matched this resource keep its title and provider; groups can no longer choose it. This cannot be undone.',
    ok: 'Delete resource',
  },
  deleted: 'Deleted “{{name}}”.',
  saved: 'Saved “{{name}}”.',
  empty: {
    title: 'The catalogue is empty',
    text: 'Add what partners and the government can offer — an online sales channel, e-commerce training, microcredit — so groups can match it to their county’s needs.',
  },
  form: {
    addTitle: 'Add resource',
    editTitle: 'Edit “{{name}}”',
    languageHint:
      'Fill in the title and provider in Chinese or in English; both is better. Where one is missing, the other language is shown instead.',
    kindPlaceholder: 'Choose a kind',
    providerHint: 'Name a role, such as “platform partner” or “county government”, not a company.',
  },
  fields: {
    kind: 'Kind',
    title: { 'zh-CN': 'Title (Chinese)', en: 'Title (English)' },
    provider: { 'zh-CN': 'Offered by (Chinese)', en: 'Offered by (English)' },
    description: { 'zh-CN': 'Description (Chinese)', en: 'Description (English)' },
  },
}

export const resourcesMessages = defineCatalogue('resources', zhCN, en)
