import { vocabularyLabels } from './vocabulary-messages'

/**
 * The one name of each concept a plan is built on, in both languages (vocabulary-messages.ts `terms`).
 * Terms other strings merely mention (a poverty line "of 2018") are worded around the same term.
 */
export const PLAN_TERMS = vocabularyLabels('terms')

export type PlanTerm = keyof typeof PLAN_TERMS
