import { defineCatalogue } from '../i18n/catalogue'
import type { Localized } from '../locale/locale'

/**
 * The words a county plan is built on (docs/domain.md "Policy vocabulary"): the glossary's terms and the
 * labels of the closed lists, in both languages. The editors, the projector, the printed plan and its
 * glossary annex all take them from here, so a group never reads 核查来源 on screen and 核验来源 in the PDF.
 */
const zhCN = {
  glossary: {
    registeredPoor: '建档立卡',
    fiveBatches: '五个一批',
  },
  terms: {
    povertyLine: '贫困线',
    baseline: '基线',
    baselineValue: '基线值',
    baselineYear: '基线年份',
    verificationSource: '核查来源',
    responsibleUnit: '责任单位',
  },
  fiveBatches: {
    production: '发展生产',
    relocation: '易地搬迁',
    'eco-compensation': '生态补偿',
    education: '发展教育',
    'social-security': '社会保障兜底',
  },
  benefitMechanisms: {
    orders: '订单收购',
    jobs: '带动就业',
    dividends: '收益分红',
    equity: '资产入股',
  },
  fundingSources: {
    'fiscal-special': '财政专项扶贫资金',
    'pooled-agricultural': '统筹整合涉农资金',
    'east-west-pairing': '东西部协作资金',
    enterprise: '企业投入',
    'bank-credit': '金融信贷',
    'self-raised': '自筹资金',
  },
  matchStatuses: {
    proposed: '初步提出',
    negotiating: '洽谈中',
    agreed: '已达成',
    delivered: '已落实',
    declined: '未达成',
  },
  indicatorAttributes: {
    binding: '约束性',
    expected: '预期性',
  },
  indicatorKinds: {
    'people-lifted': '脱贫人口',
    'households-lifted': '脱贫户数',
    'villages-exited': '贫困村退出',
    'income-per-capita': '人均可支配收入',
    other: '其他指标',
  },
  needKinds: {
    need: '需求',
    product: '产品',
  },
  problemNodeKinds: {
    cause: '原因',
    effect: '影响',
  },
  planStatuses: {
    draft: '草稿',
    final: '定稿',
  },
  resourceKinds: {
    'sales-channel': '销售渠道',
    infrastructure: '服务站点与物流',
    branding: '品牌与推广',
    skills: '技能培训',
    finance: '资金与金融',
    social: '教育、妇女与健康',
    partnership: '帮扶与合作主体',
  },
}

const en = {
  glossary: {
    registeredPoor: 'Registered poor (households and people on the national register)',
    fiveBatches: 'Five batches (the five routes out of poverty)',
  },
  terms: {
    povertyLine: 'Poverty line',
    baseline: 'Baseline',
    baselineValue: 'Baseline value',
    baselineYear: 'Baseline year',
    verificationSource: 'Source of verification',
    responsibleUnit: 'Responsible unit',
  },
  fiveBatches: {
    production: 'Production and industry',
    relocation: 'Relocation',
    'eco-compensation': 'Eco-compensation',
    education: 'Education',
    'social-security': 'Social-security floor',
  },
  benefitMechanisms: {
    orders: 'Purchase orders',
    jobs: 'Jobs',
    dividends: 'Dividends',
    equity: 'Equity stake',
  },
  fundingSources: {
    'fiscal-special': 'Special fiscal poverty funds',
    'pooled-agricultural': 'Pooled agricultural funds',
    'east-west-pairing': 'East–west pairing funds',
    enterprise: 'Enterprise investment',
    'bank-credit': 'Bank credit',
    'self-raised': 'Self-raised',
  },
  matchStatuses: {
    proposed: 'Proposed',
    negotiating: 'Under discussion',
    agreed: 'Agreed',
    delivered: 'Delivered',
    declined: 'Declined',
  },
  indicatorAttributes: {
    binding: 'Binding',
    expected: 'Expected',
  },
  indicatorKinds: {
    'people-lifted': 'People lifted out of poverty',
    'households-lifted': 'Households lifted out of poverty',
    'villages-exited': 'Poor villages exited',
    'income-per-capita': 'Disposable income per capita',
    other: 'Other indicator',
  },
  needKinds: {
    need: 'Need',
    product: 'Product',
  },
  problemNodeKinds: {
    cause: 'Cause',
    effect: 'Effect',
  },
  planStatuses: {
    draft: 'Draft',
    final: 'Final',
  },
  resourceKinds: {
    'sales-channel': 'Sales channels',
    infrastructure: 'Service stations and logistics',
    branding: 'Branding and promotion',
    skills: 'Skills training',
    finance: 'Funds and finance',
    social: 'Education, women and health',
    partnership: 'Partners and producers',
  },
}

export const vocabularyMessages = defineCatalogue('plan-vocabulary', zhCN, en)

type Group = keyof typeof zhCN

/** One list's labels as { 'zh-CN', en } pairs, for the code that picks the language itself (the PDF's). */
export function vocabularyLabels<G extends Group>(group: G): Record<keyof (typeof zhCN)[G], Localized> {
  const chinese: Record<string, string> = zhCN[group]
  const english: Record<string, string> = en[group]
  return Object.fromEntries(
    Object.keys(chinese).map((id) => [id, { 'zh-CN': chinese[id] ?? '', en: english[id] ?? '' }]),
  ) as Record<keyof (typeof zhCN)[G], Localized>
}
