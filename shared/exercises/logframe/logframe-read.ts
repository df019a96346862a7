import type * as Y from 'yjs'
import { proseParagraphs } from '../../live/prose-text'
import { logframeProse } from './logframe-doc'
import { LOGFRAME_PROSE_FIELDS, type LogframeProse } from './logframe-schema'

/** The goal, the assumptions and the risks as paragraphs (prose cannot hold a value of the wrong type). */
export function readLogframe(doc: Y.Doc): LogframeProse {
  return Object.fromEntries(
    LOGFRAME_PROSE_FIELDS.map((field) => [field, proseParagraphs(logframeProse(doc, field))]),
  ) as LogframeProse
}
