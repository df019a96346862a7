import type { Localized } from '../locale/locale'
import { vocabularyLabels } from './vocabulary-messages'

/**
 * The closed lists a county plan speaks (docs/domain.md "Policy vocabulary"). Plans store only the id;
 * the UI and the PDF show the label (vocabulary-messages.ts), so a plan reads right in either language.
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
export const FIVE_BATCH_LABELS: Record<FiveBatch, Localized> = vocabularyLabels('fiveBatches')

/** How poor households share in an action's benefit. */
export const BENEFIT_MECHANISMS = ['orders', 'jobs', 'dividends', 'equity'] as const
export type BenefitMechanism = (typeof BENEFIT_MECHANISMS)[number]
export const BENEFIT_MECHANISM_LABELS: Record<BenefitMechanism, Localized> =
  vocabularyLabels('benefitMechanisms')

export const FUNDING_SOURCES = [
  'fiscal-special',
  'pooled-agricultural',
  'east-west-pairing',
  'enterprise',
  'bank-credit',
  'self-raised',
] as const
export type FundingSource = (typeof FUNDING_SOURCES)[number]
export const FUNDING_SOURCE_LABELS: Record<FundingSource, Localized> = vocabularyLabels('fundingSources')

/** Where a need–resource match stands; the follow-up review moves it on to `delivered`. */
export const MATCH_STATUSES = ['proposed', 'negotiating', 'agreed', 'delivered', 'declined'] as const
export type MatchStatus = (typeof MATCH_STATUSES)[number]
export const MATCH_STATUS_LABELS: Record<MatchStatus, Localized> = vocabularyLabels('matchStatuses')

/** 约束性 binding targets must be met; 预期性 expected targets guide effort. */
export const INDICATOR_ATTRIBUTES = ['binding', 'expected'] as const
export type IndicatorAttribute = (typeof INDICATOR_ATTRIBUTES)[number]
export const INDICATOR_ATTRIBUTE_LABELS: Record<IndicatorAttribute, Localized> =
  vocabularyLabels('indicatorAttributes')

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
export const INDICATOR_KIND_LABELS: Record<IndicatorKind, Localized> = vocabularyLabels('indicatorKinds')

/** A needs card is either something the county lacks or a product it wants to sell. */
export const NEED_KINDS = ['need', 'product'] as const
export type NeedKind = (typeof NEED_KINDS)[number]
export const NEED_KIND_LABELS: Record<NeedKind, Localized> = vocabularyLabels('needKinds')

/** Problem-tree cards sit below the core problem (causes) or above it (effects). */
export const PROBLEM_NODE_KINDS = ['cause', 'effect'] as const
export type ProblemNodeKind = (typeof PROBLEM_NODE_KINDS)[number]
export const PROBLEM_NODE_KIND_LABELS: Record<ProblemNodeKind, Localized> =
  vocabularyLabels('problemNodeKinds')

export const PLAN_STATUSES = ['draft', 'final'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
