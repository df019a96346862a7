/**
 * The exercises a workshop is made of, in the order of a county plan
 * (docs/domain.md "The default run-sheet").
 * `custom` is any other agenda item (opening plenary, site visit, break) and carries its own title.
 * What each one is — instructions, plan sections, completeness — is in shared/exercises.
 */
export const EXERCISE_KINDS = [
  'county-data-card',
  'problem-tree',
  'swot',
  'dot-vote',
  'gallery-walk',
  'resource-matching',
  'target-setting',
  'action-plan',
  'budget',
  'logframe',
  'peer-review',
  'sign-off',
  'custom',
] as const
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]
