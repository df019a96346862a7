import type * as Y from 'yjs'
import { z } from 'zod'

/**
 * The workshop's live "session" document: what the facilitator broadcasts to every device.
 * Only the facilitator writes it; groups open it read-only.
 *   meta   Y.Map { schemaVersion }
 *   state  Y.Map { currentItemId: string | null, message: string }
 */
export const SESSION_SCHEMA_VERSION = 1

export const sessionMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const sessionState = (doc: Y.Doc) => doc.getMap<unknown>('state')

export const sessionSchema = z.object({
  schemaVersion: z.number().int(),
  currentItemId: z.string().nullable(),
  message: z.string(),
})
export type Session = z.output<typeof sessionSchema>

export function readSession(doc: Y.Doc): Session {
  const state = sessionState(doc)
  const current = state.get('currentItemId')
  const message = state.get('message')
  const version = sessionMeta(doc).get('schemaVersion')
  return sessionSchema.parse({
    schemaVersion: typeof version === 'number' ? version : 0,
    currentItemId: typeof current === 'string' ? current : null,
    message: typeof message === 'string' ? message : '',
  })
}

export function setBroadcastMessage(doc: Y.Doc, message: string): void {
  sessionState(doc).set('message', message)
}

export function setCurrentItem(doc: Y.Doc, itemId: string | null): void {
  sessionState(doc).set('currentItemId', itemId)
}

export function migrateSessionDoc(doc: Y.Doc): boolean {
  const meta = sessionMeta(doc)
  if (meta.get('schemaVersion') === SESSION_SCHEMA_VERSION) return false
  doc.transact(() => {
    const state = sessionState(doc)
    if (!state.has('currentItemId')) state.set('currentItemId', null)
    if (!state.has('message')) state.set('message', '')
    meta.set('schemaVersion', SESSION_SCHEMA_VERSION)
  }, 'plan-workshop:migration')
  return true
}
