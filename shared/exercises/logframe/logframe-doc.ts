import type * as Y from 'yjs'
import { proseFragmentName } from '../../live/prose-text'
import { LOGFRAME_PROSE_FIELDS, type LogframeProseField } from './logframe-schema'

/** The logframe's roots in the plan document: one TipTap document per prose field. */
export const LOGFRAME_ROOTS = LOGFRAME_PROSE_FIELDS.map(proseFragmentName)

/** A logframe prose field, for a TipTap editor (Collaboration `fragment` option). */
export const logframeProse = (doc: Y.Doc, field: LogframeProseField) =>
  doc.getXmlFragment(proseFragmentName(field))
