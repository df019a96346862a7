import type * as Y from 'yjs'
import type { AgendaItem } from '../agenda/agenda-schema'
import { sessionState } from '../live/session-doc'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { ProjectorMode } from './projector-modes'
import { lockKey, sessionLocks, type Spotlight } from './run-state'
import { newTimer, type SessionTimer } from './session-timer'

/**
 * The facilitator's writes to the session document. Each is one transaction, so a device never sees
 * the new item with the old item's timer. The hub refuses them from anyone else (read-only connections).
 */
const RUN_ORIGIN = 'plan-workshop:console'

/** Makes an agenda item the current one, with a fresh, stopped timer of its planned minutes. */
export function goToItem(doc: Y.Doc, item: AgendaItem | null): void {
  doc.transact(() => {
    const state = sessionState(doc)
    state.set('currentItemId', item?.id ?? null)
    state.set('currentKind', item?.kind ?? null)
    state.set('currentTitle', item?.title ?? '')
    state.set('timer', item ? newTimer(item.id, item.plannedMinutes) : null)
  }, RUN_ORIGIN)
}

export function setTimer(doc: Y.Doc, timer: SessionTimer | null): void {
  sessionState(doc).set('timer', timer)
}

/** Locks (read-only for groups) or opens an exercise for every group (countyId null) or one group. */
export function setExerciseLocked(
  doc: Y.Doc,
  kind: ExerciseKind,
  countyId: string | null,
  locked: boolean,
): void {
  doc.transact(() => {
    const locks = sessionLocks(doc)
    const key = lockKey(kind, countyId)
    if (locked) locks.set(key, true)
    else locks.delete(key)
    // Opening for everyone opens each group too: "open" must not leave one county stuck behind.
    if (!locked && countyId === null) {
      for (const other of [...locks.keys()]) if (other.startsWith(`${kind}@`)) locks.delete(other)
    }
  }, RUN_ORIGIN)
}

export function setSpotlight(doc: Y.Doc, spotlight: Spotlight | null): void {
  sessionState(doc).set('spotlight', spotlight)
}

/** Whether the projector shows the spotlit county's open comments beside its work. */
export function setSpotlightComments(doc: Y.Doc, shown: boolean): void {
  sessionState(doc).set('spotlightComments', shown)
}

export function setProjectorMode(doc: Y.Doc, mode: ProjectorMode): void {
  sessionState(doc).set('projectorMode', mode)
}

/** Shows a follow-up round on the projector (null: always the latest), in one step. */
export function showFollowUpRound(doc: Y.Doc, roundId: string | null): void {
  doc.transact(() => {
    sessionState(doc).set('followUpRoundId', roundId)
    setProjectorMode(doc, 'follow-up')
  }, RUN_ORIGIN)
}

/** Spotlights a county and switches the projector to it, in one step. */
export function showSpotlight(doc: Y.Doc, spotlight: Spotlight): void {
  doc.transact(() => {
    setSpotlight(doc, spotlight)
    setProjectorMode(doc, 'spotlight')
  }, RUN_ORIGIN)
}

/** "Bring everyone here": group devices open this exercise's step, once per request id. */
export function summonTo(doc: Y.Doc, kind: ExerciseKind, id: string): void {
  sessionState(doc).set('summon', { id, kind })
}

export function setLockAtZero(doc: Y.Doc, enabled: boolean): void {
  sessionState(doc).set('lockAtZero', enabled)
}
