import { defineCatalogue } from '../i18n/catalogue'

/**
 * The plan's tables as an office reads them in a spreadsheet: sheet names (at most 31 characters, no
 * : \ / ? * [ ]), column headers, the workbook's title row and the files' names. The plan's own terms
 * (baseline, responsible unit…) come from the vocabulary, as on screen and in the PDF.
 */
const zhCN = {
  tables: {
    indicators: '主要指标',
    actions: '行动计划',
    budget: '预算',
    matches: '资源对接',
    swot: 'SWOT 分析',
    problemTree: '问题树',
  },
  indicators: {
    name: '指标',
    kind: '指标类别',
    unit: '单位',
    targetIn: '{{year}} 年目标',
    attribute: '属性',
  },
  actions: {
    batch: '五个一批',
    title: '措施',
    description: '说明',
    villages: '覆盖村数',
    households: '受益户数',
    people: '受益人数',
    sharePoor: '其中建档立卡贫困人口占比（%）',
    mechanism: '带贫机制',
    owner: '负责人',
    partner: '合作方',
    start: '开始日期',
    end: '结束日期',
    budget: '预算合计（元）',
  },
  budget: {
    action: '措施',
    item: '预算项目',
    year: '年份',
    source: '资金来源',
    amount: '金额（元）',
  },
  matches: {
    needKind: '类别',
    need: '需求或产品',
    resource: '资源',
    provider: '提供方',
    commitment: '承诺内容',
    owner: '县里负责人',
    status: '状态',
  },
  swot: {
    quadrant: '象限',
    text: '内容',
    quadrants: {
      strengths: '优势',
      weaknesses: '劣势',
      opportunities: '机会',
      threats: '威胁',
    },
  },
  problemTree: {
    kind: '类别',
    level: '层级',
    text: '内容',
    under: '上一级',
    core: '核心问题',
    cause: '原因',
    effect: '影响',
  },
  titleRow: '{{county}} · {{table}} · {{workshop}}',
  files: {
    workbook: '{{county}} 规划表格',
    table: '{{county}} {{table}}',
    json: '{{county}} 规划数据',
  },
}

const en = {
  tables: {
    indicators: 'Indicators',
    actions: 'Action plan',
    budget: 'Budget',
    matches: 'Resource matching',
    swot: 'SWOT',
    problemTree: 'Problem tree',
  },
  indicators: {
    name: 'Indicator',
    kind: 'Kind',
    unit: 'Unit',
    targetIn: 'Target {{year}}',
    attribute: 'Attribute',
  },
  actions: {
    batch: 'Five batches',
    title: 'Measure',
    description: 'Description',
    villages: 'Villages covered',
    households: 'Beneficiary households',
    people: 'Beneficiary people',
    sharePoor: 'Of whom registered poor (%)',
    mechanism: 'Benefit mechanism',
    owner: 'Owner',
    partner: 'Partner',
    start: 'Start date',
    end: 'End date',
    budget: 'Budget total (yuan)',
  },
  budget: {
    action: 'Measure',
    item: 'Budget item',
    year: 'Year',
    source: 'Funding source',
    amount: 'Amount (yuan)',
  },
  matches: {
    needKind: 'Kind',
    need: 'Need or product',
    resource: 'Resource',
    provider: 'Provider',
    commitment: 'Commitment',
    owner: 'County owner',
    status: 'Status',
  },
  swot: {
    quadrant: 'Quadrant',
    text: 'Text',
    quadrants: {
      strengths: 'Strengths',
      weaknesses: 'Weaknesses',
      opportunities: 'Opportunities',
      threats: 'Threats',
    },
  },
  problemTree: {
    kind: 'Kind',
    level: 'Level',
    text: 'Text',
    under: 'Under',
    core: 'Core problem',
    cause: 'Cause',
    effect: 'Effect',
  },
  titleRow: '{{county}} · {{table}} · {{workshop}}',
  files: {
    workbook: '{{county}} plan tables',
    table: '{{county}} {{table}}',
    json: '{{county}} plan data',
  },
}

export const planTablesMessages = defineCatalogue('plan-tables', zhCN, en)
