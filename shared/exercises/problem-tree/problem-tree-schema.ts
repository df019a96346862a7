import { z } from 'zod'
import { PROBLEM_NODE_KINDS } from '../../vocabulary/plan-vocabulary'

/**
 * A problem-tree card. `parentId` null hangs it on the core problem; otherwise on another card of the
 * same kind (a cause of a cause, an effect of an effect). `depth` 1 is the layer next to the core.
 */
export const problemNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(PROBLEM_NODE_KINDS),
  parentId: z.string().nullable(),
  text: z.string(),
  order: z.string(),
  depth: z.number().int().min(1),
})
export type ProblemNode = z.output<typeof problemNodeSchema>

export const problemTreeSchema = z.object({
  coreProblem: z.string(),
  /** Parents before children, siblings in their order: the order a layered board draws them. */
  nodes: z.array(problemNodeSchema),
})
export type ProblemTree = z.output<typeof problemTreeSchema>

/** An objective, usually a problem-tree card turned into a positive statement. */
export const objectiveSchema = z.object({
  id: z.string(),
  text: z.string(),
  sourceNodeId: z.string().nullable(),
  order: z.string(),
})
export type Objective = z.output<typeof objectiveSchema>
