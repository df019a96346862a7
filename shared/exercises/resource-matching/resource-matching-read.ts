import type * as Y from 'yjs'
import { readOrderedItems } from '../../live/tolerant-read'
import { planMatches, planNeeds } from './resource-matching-doc'
import { matchSchema, needSchema, type ResourceMatchingPlan } from './resource-matching-schema'

/**
 * Needs and matches as the plan reads them. A match whose need is gone (deleted on another device
 * while someone matched a resource to it) reads with no need, so the board can offer to re-attach it.
 */
export function readResourceMatching(doc: Y.Doc): ResourceMatchingPlan {
  const needs = readOrderedItems(needSchema, planNeeds(doc))
  const needIds = new Set(needs.map((need) => need.id))
  const matches = readOrderedItems(matchSchema, planMatches(doc)).map((match) => ({
    ...match,
    needId: match.needId !== null && needIds.has(match.needId) ? match.needId : null,
  }))
  return { needs, matches }
}
