import type * as Y from 'yjs'
import { proseParagraphs } from '../../live/prose-text'
import { readItem, tolerantObject } from '../../live/tolerant-read'
import { planControl, planInfo, signOffProse } from './sign-off-doc'
import { planInfoSchema, SIGN_OFF_PROSE_FIELDS, type PlanInfo, type SignOffProse } from './sign-off-schema'

/**
 * The cover details, each field read as its blank when a client stored something else. The status
 * comes from the facilitator's `control` root; anything left in `info` under that name is not read.
 */
export function readPlanInfo(doc: Y.Doc): PlanInfo {
  // Every field has a blank, so the item always reads; the fallback only satisfies the type.
  const status = planControl(doc).get('status')
  return (
    readItem(planInfoSchema, planInfo(doc), { status }) ?? tolerantObject(planInfoSchema).parse({ status })
  )
}

/** The review schedule as paragraphs. */
export function readSignOffProse(doc: Y.Doc): SignOffProse {
  return Object.fromEntries(
    SIGN_OFF_PROSE_FIELDS.map((field) => [field, proseParagraphs(signOffProse(doc, field))]),
  ) as SignOffProse
}
