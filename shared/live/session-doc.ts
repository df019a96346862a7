import type * as Y from 'yjs'
import { z } from 'zod'

/**
 * The workshop's live "session" document: what the facilitator broadcasts to every device.
 * Only the facilitator writes it; groups open it read-only.
 *   meta   Y.Map { schemaVersion }
 *   state  Y.Map { currentItemId: string | null, message: string,
 *                  dotsPerMember: number, votesRevealed: boolean,           (v2: dot-voting)
 *                  currentKind, currentTitle, timer, spotlight, projectorMode,
 *                  summon, lockAtZero }                                      (v3: running the room)
 *   locks  Y.Map   exercise locks (v3; see shared/session/run-state.ts, which reads and writes the v3 part)
 * Dot-voting settings live here, not in the plans, because the facilitator sets them once for every
 * county and groups must not be able to reveal or enlarge their own vote.
 */
export const SESSION_SCHEMA_VERSION = 3

/** Dots each member may place when nothing (or nonsense) is set: the usual 3 for ranking top problems. */
export const DEFAULT_DOTS_PER_MEMBER = 3
export const MAX_DOTS_PER_MEMBER = 20

export const sessionMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const sessionState = (doc: Y.Doc) => doc.getMap<unknown>('state')

export const sessionSchema = z.object({
  schemaVersion: z.number().int(),
  currentItemId: z.string().nullable(),
  message: z.string(),
  dotsPerMember: z.number().int().min(1).max(MAX_DOTS_PER_MEMBER),
  votesRevealed: z.boolean(),
})
export type Session = z.output<typeof sessionSchema>

const isDotCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DOTS_PER_MEMBER

export function readSession(doc: Y.Doc): Session {
  const state = sessionState(doc)
  const current = state.get('currentItemId')
  const message = state.get('message')
  const dots = state.get('dotsPerMember')
  const version = sessionMeta(doc).get('schemaVersion')
  return sessionSchema.parse({
    schemaVersion: typeof version === 'number' ? version : 0,
    currentItemId: typeof current === 'string' ? current : null,
    message: typeof message === 'string' ? message : '',
    dotsPerMember: isDotCount(dots) ? dots : DEFAULT_DOTS_PER_MEMBER,
    votesRevealed: state.get('votesRevealed') === true,
  })
}

export function setBroadcastMessage(doc: Y.Doc, message: string): void {
  sessionState(doc).set('message', message)
}

export function setCurrentItem(doc: Y.Doc, itemId: string | null): void {
  sessionState(doc).set('currentItemId', itemId)
}

/** Sets each member's dots; ignores a value outside 1–20 (the form validates before calling). */
export function setDotsPerMember(doc: Y.Doc, dots: number): void {
  if (isDotCount(dots)) sessionState(doc).set('dotsPerMember', dots)
}

/** Shows (or hides again) every county's dot-vote results. */
export function setVotesRevealed(doc: Y.Doc, revealed: boolean): void {
  sessionState(doc).set('votesRevealed', revealed)
}

function initialise(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!map.has(key)) map.set(key, value)
}

/** Step N turns version N−1 into N; each only adds what is absent. Run by the hub after loading. */
const STEPS: ((state: Y.Map<unknown>) => void)[] = [
  (state) => {
    initialise(state, 'currentItemId', null)
    initialise(state, 'message', '')
  },
  (state) => {
    initialise(state, 'dotsPerMember', DEFAULT_DOTS_PER_MEMBER)
    initialise(state, 'votesRevealed', false)
  },
  (state) => {
    initialise(state, 'currentKind', null)
    initialise(state, 'currentTitle', '')
    initialise(state, 'timer', null)
    initialise(state, 'spotlight', null)
    initialise(state, 'projectorMode', 'exercise')
    initialise(state, 'summon', null)
    initialise(state, 'lockAtZero', false)
  },
]

/** Brings a session document up to SESSION_SCHEMA_VERSION; returns whether anything changed. */
export function migrateSessionDoc(doc: Y.Doc): boolean {
  const meta = sessionMeta(doc)
  const stored = meta.get('schemaVersion')
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0
  // A document from a newer app is left as it is: rewriting its version would claim a downgrade.
  if (from >= SESSION_SCHEMA_VERSION) return false
  doc.transact(() => {
    for (let version = from; version < SESSION_SCHEMA_VERSION; version++) STEPS[version]?.(sessionState(doc))
    meta.set('schemaVersion', SESSION_SCHEMA_VERSION)
  }, 'plan-workshop:migration')
  return true
}
