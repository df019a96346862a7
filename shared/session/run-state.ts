import type * as Y from 'yjs'
import { sessionMeta, sessionState } from '../live/session-doc'
import { EXERCISE_KINDS, type ExerciseKind } from '../program/exercise-kinds'
import { isProjectorMode, isSpotlightKind, type ProjectorMode, type SpotlightKind } from './projector-modes'
import { sessionTimerSchema, type SessionTimer } from './session-timer'

/**
 * What the facilitator runs the room with, as stored in the session document (v3):
 *   state  Y.Map { currentKind, currentTitle, timer, spotlight, spotlightComments, projectorMode, summon,
 *                  lockAtZero, followUpRoundId }
 *   locks  Y.Map { "<kind>": true (every group) | "<kind>@<countyId>": true (one group) }
 * The current item's kind and title are copied next to its id because group devices cannot read the
 * agenda; the locks are keys of their own map so that locking one group never rewrites another's.
 */
export const sessionLocks = (doc: Y.Doc) => doc.getMap<unknown>('locks')

export interface Spotlight {
  countyId: string
  kind: SpotlightKind
}

/** "Bring everyone here": each request has its own id, so a device follows each one once. */
export interface Summon {
  id: string
  kind: ExerciseKind
}

export interface ExerciseLockEntry {
  kind: ExerciseKind
  /** Null: locked for every group. */
  countyId: string | null
}

export interface RunState {
  currentItemId: string | null
  currentKind: ExerciseKind | null
  /** The agenda item's own title (custom items); '' means the exercise's title. */
  currentTitle: string
  message: string
  timer: SessionTimer | null
  spotlight: Spotlight | null
  /** The projector lists the spotlit county's open comments beside its work. */
  spotlightComments: boolean
  projectorMode: ProjectorMode
  summon: Summon | null
  /** "Pause input at zero": once the current item's timer runs out, its exercise is read-only for groups. */
  lockAtZero: boolean
  /** The follow-up round the projector shows; null: the latest (the hub checks it is one of the workshop's). */
  followUpRoundId: string | null
  locks: ExerciseLockEntry[]
}

export const EMPTY_RUN_STATE: RunState = {
  currentItemId: null,
  currentKind: null,
  currentTitle: '',
  message: '',
  timer: null,
  spotlight: null,
  spotlightComments: false,
  projectorMode: 'exercise',
  summon: null,
  lockAtZero: false,
  followUpRoundId: null,
  locks: [],
}

const isKind = (value: unknown): value is ExerciseKind =>
  typeof value === 'string' && (EXERCISE_KINDS as readonly string[]).includes(value)

const LOCK_SEPARATOR = '@'

export function lockKey(kind: ExerciseKind, countyId: string | null): string {
  return countyId === null ? kind : `${kind}${LOCK_SEPARATOR}${countyId}`
}

export function parseLockKey(key: string): ExerciseLockEntry | null {
  const at = key.indexOf(LOCK_SEPARATOR)
  const kind = at === -1 ? key : key.slice(0, at)
  const countyId = at === -1 ? null : key.slice(at + 1)
  if (!isKind(kind) || countyId === '') return null
  return { kind, countyId }
}

function readSpotlight(value: unknown): Spotlight | null {
  if (typeof value !== 'object' || value === null) return null
  const { countyId, kind } = value as Record<string, unknown>
  return typeof countyId === 'string' && countyId !== '' && isSpotlightKind(kind) ? { countyId, kind } : null
}

function readSummon(value: unknown): Summon | null {
  if (typeof value !== 'object' || value === null) return null
  const { id, kind } = value as Record<string, unknown>
  return typeof id === 'string' && id !== '' && isKind(kind) ? { id, kind } : null
}

/**
 * The run state as read now. Tolerant like readPlan: a damaged or missing value reads as "not set",
 * so a device never fails to show the plan because of the session document.
 */
export function readRunState(doc: Y.Doc): RunState {
  const state = sessionState(doc)
  const current = state.get('currentItemId')
  const kind = state.get('currentKind')
  const title = state.get('currentTitle')
  const message = state.get('message')
  const timer = sessionTimerSchema.safeParse(state.get('timer'))
  const mode = state.get('projectorMode')
  const round = state.get('followUpRoundId')
  const locks: ExerciseLockEntry[] = []
  sessionLocks(doc).forEach((value, key) => {
    const entry = value === true ? parseLockKey(key) : null
    if (entry) locks.push(entry)
  })
  locks.sort((a, b) => lockKey(a.kind, a.countyId).localeCompare(lockKey(b.kind, b.countyId)))
  return {
    currentItemId: typeof current === 'string' ? current : null,
    currentKind: isKind(kind) ? kind : null,
    currentTitle: typeof title === 'string' ? title : '',
    message: typeof message === 'string' ? message : '',
    timer: timer.success ? timer.data : null,
    spotlight: readSpotlight(state.get('spotlight')),
    spotlightComments: state.get('spotlightComments') === true,
    projectorMode: isProjectorMode(mode) ? mode : 'exercise',
    summon: readSummon(state.get('summon')),
    lockAtZero: state.get('lockAtZero') === true,
    followUpRoundId: typeof round === 'string' && round !== '' ? round : null,
    locks,
  }
}

/** Whether the hub has loaded (and migrated) the document yet: before that nothing has arrived. */
export function hasRunState(doc: Y.Doc): boolean {
  return sessionMeta(doc).has('schemaVersion')
}
