import type { Plan } from '../live/plan-schema'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { CommentAnchor, CommentItemKind } from './comment-schema'

export interface AnchorItem {
  kind: CommentItemKind
  id: string
  /** What the item says, to choose it by and to show beside its comments. */
  label: string
}

/** The items of an exercise a comment can point at, from the plan as it stands, in the plan's order. */
export function anchorItems(plan: Plan, exercise: ExerciseKind): AnchorItem[] {
  switch (exercise) {
    case 'swot':
    case 'dot-vote':
      return plan.swot.map((card) => ({ kind: 'card', id: card.id, label: card.text }))
    case 'problem-tree':
      return plan.problemTree.nodes.map((node) => ({ kind: 'card', id: node.id, label: node.text }))
    case 'target-setting':
      return plan.indicators.map((row) => ({ kind: 'indicator', id: row.id, label: row.name }))
    case 'action-plan':
    case 'budget':
      return plan.actions.map((action) => ({ kind: 'action', id: action.id, label: action.title }))
    default:
      return []
  }
}

/**
 * The item a comment points at as the plan has it now: null for a comment on the exercise as a whole,
 * 'deleted' when the item is gone (the comment stays, marked).
 */
export function anchoredItem(plan: Plan, anchor: CommentAnchor): AnchorItem | 'deleted' | null {
  if (!anchor.item) return null
  const { kind, id } = anchor.item
  return anchorItems(plan, anchor.exercise).find((item) => item.kind === kind && item.id === id) ?? 'deleted'
}
