import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'

/** The cards of one layer that hang on the same parent (null: the core problem). */
export interface ProblemCluster {
  parentId: string | null
  nodes: ProblemNode[]
}

/** One row of the board: every card at one distance from the core, on one side of it. */
export interface ProblemLayer {
  side: ProblemNodeKind
  depth: number
  clusters: ProblemCluster[]
}

function layersOf(nodes: readonly ProblemNode[], side: ProblemNodeKind): ProblemLayer[] {
  const layers: ProblemLayer[] = []
  // The plan lists parents before children and siblings in order, so walking it fills every layer in
  // the order of the layer above it: a card's children sit under it, not wherever they were added.
  for (const node of nodes) {
    if (node.kind !== side) continue
    const layer = (layers[node.depth - 1] ??= { side, depth: node.depth, clusters: [] })
    const last = layer.clusters.at(-1)
    if (last && last.parentId === node.parentId) last.nodes.push(node)
    else layer.clusters.push({ parentId: node.parentId, nodes: [node] })
  }
  return layers.filter(Boolean)
}

/**
 * The board's rows, top to bottom as drawn: the farthest effects first down to the direct effects
 * (above the core), then the direct causes down to the deepest causes (below it).
 */
export function problemTreeLayers(nodes: readonly ProblemNode[]): {
  effects: ProblemLayer[]
  causes: ProblemLayer[]
} {
  return { effects: layersOf(nodes, 'effect').reverse(), causes: layersOf(nodes, 'cause') }
}

/** The card and every card hanging below it: where it cannot be moved to without making a loop. */
export function branchOf(nodes: readonly ProblemNode[], id: string): Set<string> {
  const branch = new Set([id])
  // Parents come before their children in the plan's list, so one pass collects the whole branch.
  for (const node of nodes) {
    if (node.parentId !== null && branch.has(node.parentId)) branch.add(node.id)
  }
  return branch
}

/** How many cards hang directly on a card: they move up to its parent when it is deleted. */
export const childCount = (nodes: readonly ProblemNode[], id: string): number =>
  nodes.filter((node) => node.parentId === id).length

/** A place a card can be moved to: under the core on one side, or under another card. */
export type MoveTarget = { kind: 'core'; side: ProblemNodeKind } | { kind: 'card'; node: ProblemNode }

export interface MoveOption {
  target: MoveTarget
  /** Why the card cannot go there, or null when it can. */
  blocked: 'self' | 'below' | null
  /** The card hangs there already. */
  current: boolean
}

/**
 * Every place the card could be hung, for the "move under…" list: the core on both sides, then every
 * card in board order. The card itself and the cards below it are listed but blocked, so the list can
 * say why they are not available rather than leave people wondering where they went.
 */
export function moveOptions(nodes: readonly ProblemNode[], id: string): MoveOption[] {
  const moving = nodes.find((node) => node.id === id)
  if (!moving) return []
  const branch = branchOf(nodes, id)
  const core = (side: ProblemNodeKind): MoveOption => ({
    target: { kind: 'core', side },
    blocked: null,
    current: moving.parentId === null && moving.kind === side,
  })
  const cards = (side: ProblemNodeKind): MoveOption[] =>
    nodes
      .filter((node) => node.kind === side)
      .map((node) => ({
        target: { kind: 'card', node },
        blocked: node.id === id ? 'self' : branch.has(node.id) ? 'below' : null,
        current: moving.parentId === node.id,
      }))
  return [core('cause'), core('effect'), ...cards('cause'), ...cards('effect')]
}

/** A move target as one string, for select boxes and drop zones. */
export const moveTargetKey = (target: MoveTarget): string =>
  target.kind === 'core' ? `core:${target.side}` : target.node.id
