import type { Localized } from '../locale/locale'

/**
 * The closed lists a county plan speaks (docs/domain.md "Policy vocabulary"), each with its labels in
 * both languages. Plans store only the id; the UI and the PDF show the label, so a plan reads right in
 * either language.
 */

/** 五个一批: every action is tagged with exactly one of the five batches. */
export const FIVE_BATCHES = [
  'production',
  'relocation',
  'eco-compensation',
  'education',
  'social-security',
] as const
export type FiveBatch = (typeof FIVE_BATCHES)[number]
export const FIVE_BATCH_LABELS: Record<FiveBatch, Localized> = {
  production: { 'zh-CN': '发展生产', en: 'Production and industry' },
  relocation: { 'zh-CN': '易地搬迁', en: 'Relocation' },
  'eco-compensation': { 'zh-CN': '生态补偿', en: 'Eco-compensation' },
  education: { 'zh-CN': '发展教育', en: 'Education' },
  'social-security': { 'zh-CN': '社会保障兜底', en: 'Social-security floor' },
}

/** How poor households share in an action's benefit. */
export const BENEFIT_MECHANISMS = ['orders', 'jobs', 'dividends', 'equity'] as const
export type BenefitMechanism = (typeof BENEFIT_MECHANISMS)[number]
export const BENEFIT_MECHANISM_LABELS: Record<BenefitMechanism, Localized> = {
  orders: { 'zh-CN': '订单收购', en: 'Purchase orders' },
  jobs: { 'zh-CN': '带动就业', en: 'Jobs' },
  dividends: { 'zh-CN': '收益分红', en: 'Dividends' },
  equity: { 'zh-CN': '资产入股', en: 'Equity stake' },
}

export const FUNDING_SOURCES = [
  'fiscal-special',
  'pooled-agricultural',
  'east-west-pairing',
  'enterprise',
  'bank-credit',
  'self-raised',
] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]
export const FUNDING_SOURCE_LABELS: Record<FundingSource, Localized> = {
  'fiscal-special': { 'zh-CN': '财政专项扶贫资金', en: 'Special fiscal poverty funds' },
  'pooled-agricultural': { 'zh-CN': '统筹整合涉农资金', en: 'Pooled agricultural funds' },
  'east-west-pairing': { 'zh-CN': '东西部协作资金', en: 'East–west pairing funds' },
  enterprise: { 'zh-CN': '企业投入', en: 'Enterprise investment' },
  'bank-credit': { 'zh-CN': '金融信贷', en: 'Bank credit' },
  'self-raised': { 'zh-CN': '自筹资金', en: 'Self-raised' },
}

/** Where a need–resource match stands; the follow-up review moves it on to `delivered`. */
export const MATCH_STATUSES = ['proposed', 'negotiating', 'agreed', 'delivered', 'declined'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]
export const MATCH_STATUS_LABELS: Record<MatchStatus, Localized> = {
  proposed: { 'zh-CN': '初步提出', en: 'Proposed' },
  negotiating: { 'zh-CN': '洽谈中', en: 'Under discussion' },
  agreed: { 'zh-CN': '已达成', en: 'Agreed' },
  delivered: { 'zh-CN': '已落实', en: 'Delivered' },
  declined: { 'zh-CN': '未达成', en: 'Declined' },
}

/** 约束性 binding targets must be met; 预期性 expected targets guide effort. */
export const INDICATOR_ATTRIBUTES = ['binding', 'expected'] as const
export type IndicatorAttribute = (typeof INDICATOR_ATTRIBUTES)[number]
export const INDICATOR_ATTRIBUTE_LABELS: Record<IndicatorAttribute, Localized> = {
  binding: { 'zh-CN': '约束性', en: 'Binding' },
  expected: { 'zh-CN': '预期性', en: 'Expected' },
}

/**
 * What an indicator counts. The kinds other than `other` let the consistency checks compare a
 * target with the county's baseline (people with registered poor people, and so on).
 */
export const INDICATOR_KINDS = [
  'people-lifted',
  'households-lifted',
  'villages-exited',
  'income-per-capita',
  'other',
] as const
export type IndicatorKind = (typeof INDICATOR_KINDS)[number]
export const INDICATOR_KIND_LABELS: Record<IndicatorKind, Localized> = {
  'people-lifted': { 'zh-CN': '脱贫人口', en: 'People lifted out of poverty' },
  'households-lifted': { 'zh-CN': '脱贫户数', en: 'Households lifted out of poverty' },
  'villages-exited': { 'zh-CN': '贫困村退出', en: 'Poor villages exited' },
  'income-per-capita': { 'zh-CN': '人均可支配收入', en: 'Disposable income per capita' },
  other: { 'zh-CN': '其他指标', en: 'Other indicator' },
}

/** A needs card is either something the county lacks or a product it wants to sell. */
export const NEED_KINDS = ['need', 'product'] as const
export type NeedKind = (typeof NEED_KINDS)[number]
export const NEED_KIND_LABELS: Record<NeedKind, Localized> = {
  need: { 'zh-CN': '需求', en: 'Need' },
  product: { 'zh-CN': '产品', en: 'Product' },
}

/** Problem-tree cards sit below the core problem (causes) or above it (effects). */
export const PROBLEM_NODE_KINDS = ['cause', 'effect'] as const
export type ProblemNodeKind = (typeof PROBLEM_NODE_KINDS)[number]
export const PROBLEM_NODE_KIND_LABELS: Record<ProblemNodeKind, Localized> = {
  cause: { 'zh-CN': '原因', en: 'Cause' },
  effect: { 'zh-CN': '影响', en: 'Effect' },
}

export const PLAN_STATUSES = ['draft', 'final'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const PLAN_STATUS_LABELS: Record<PlanStatus, Localized> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  final: { 'zh-CN': '定稿', en: 'Final' },
}
