import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { branchOf } from './problem-tree-layers'

/** The core problem's card takes drops too: the card then hangs on the core, on the side it is on. */
export const CORE_DROP_ID = 'core'
/** The area of each side (effects above, causes below): a drop there hangs the card on the core there. */
export const sideDropId = (side: ProblemNodeKind) => `side:${side}`

/** What a drop does, in the terms of moveProblemNode, or why it does nothing. */
export type ProblemDrop =
  { kind: 'move'; parentId: string | null; side: ProblemNodeKind } | { kind: 'unchanged' } | { kind: 'loop' }

/** The parent and side a drop over `overId` means for the dragged card, before any check. */
function targetOf(
  nodes: readonly ProblemNode[],
  moving: ProblemNode,
  overId: string,
): { parentId: string | null; side: ProblemNodeKind } | null {
  if (overId === CORE_DROP_ID) return { parentId: null, side: moving.kind }
  if (overId === sideDropId('cause')) return { parentId: null, side: 'cause' }
  if (overId === sideDropId('effect')) return { parentId: null, side: 'effect' }
  const over = nodes.find((node) => node.id === overId)
  return over ? { parentId: over.id, side: over.kind } : null
}

/**
 * Turns a drop (the card dragged, what it was dropped over) into a move. Dropping a card on itself or
 * where it already hangs changes nothing; dropping it on a card below it is refused, since the branch
 * would then hang on itself.
 */
export function problemDrop(
  nodes: readonly ProblemNode[],
  activeId: string,
  overId: string | null,
): ProblemDrop {
  const moving = nodes.find((node) => node.id === activeId)
  if (!moving || overId === null || overId === activeId) return { kind: 'unchanged' }
  const target = targetOf(nodes, moving, overId)
  if (!target) return { kind: 'unchanged' }
  if (target.parentId === moving.parentId && target.side === moving.kind) return { kind: 'unchanged' }
  if (target.parentId !== null && branchOf(nodes, activeId).has(target.parentId)) return { kind: 'loop' }
  return { kind: 'move', ...target }
}
