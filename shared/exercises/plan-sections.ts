/**
 * The sections of an exported county plan, in print order (docs/domain.md "The exported county plan");
 * their headings are plan-sections-messages.ts.
 */
export const PLAN_SECTIONS = [
  'cover',
  'summary',
  'situation',
  'problem-analysis',
  'resource-matching',
  'targets',
  'action-plan',
  'budget',
  'logframe',
  'risks',
  'monitoring',
  'annexes',
] as const
export type PlanSection = (typeof PLAN_SECTIONS)[number]
