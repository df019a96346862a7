import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { AgendaItem } from '../../../shared/agenda/agenda-schema'
import {
  migrateSessionDoc,
  readSession,
  SESSION_SCHEMA_VERSION,
  sessionMeta,
  sessionState,
  setBroadcastMessage,
} from '../../../shared/live/session-doc'
import { exerciseLock, lockedForAll, lockedForGroup } from '../../../shared/session/exercise-lock'
import {
  goToItem,
  setExerciseLocked,
  setLockAtZero,
  setTimer,
  showSpotlight,
  setSpotlightComments,
  summonTo,
} from '../../../shared/session/run-actions'
import { EMPTY_RUN_STATE, hasRunState, readRunState, sessionLocks } from '../../../shared/session/run-state'
import { startTimer } from '../../../shared/session/session-timer'

const SWOT: AgendaItem = { id: 'item-swot-0001', kind: 'swot', title: '', plannedMinutes: 45 }
const LUEYANG = 'county-lueyang-01'
const BADONG = 'county-badong-001'
const T0 = Date.UTC(2018, 2, 1, 6, 0, 0)

function migrated(): Y.Doc {
  const doc = new Y.Doc()
  migrateSessionDoc(doc)
  return doc
}

describe('session document v3: running the room', () => {
  it('migrates a v2 document, keeping what the facilitator set and adding the run state', () => {
    const doc = new Y.Doc()
    sessionMeta(doc).set('schemaVersion', 2)
    sessionState(doc).set('currentItemId', 'item-old-00001')
    sessionState(doc).set('message', '十点茶歇')
    sessionState(doc).set('dotsPerMember', 5)
    sessionState(doc).set('votesRevealed', true)
    expect(hasRunState(doc)).toBe(true)
    expect(migrateSessionDoc(doc)).toBe(true)
    expect(SESSION_SCHEMA_VERSION).toBe(3)
    expect(readSession(doc)).toMatchObject({ schemaVersion: 3, message: '十点茶歇', dotsPerMember: 5 })
    expect(readRunState(doc)).toEqual({
      ...EMPTY_RUN_STATE,
      currentItemId: 'item-old-00001',
      message: '十点茶歇',
    })
    expect(migrateSessionDoc(doc)).toBe(false)
  })

  it('an empty document has no run state until the hub has loaded it', () => {
    expect(hasRunState(new Y.Doc())).toBe(false)
    expect(readRunState(new Y.Doc())).toEqual(EMPTY_RUN_STATE)
  })

  it('going to an item sets its kind and title and a fresh stopped timer, in one update', () => {
    const doc = migrated()
    let updates = 0
    doc.on('update', () => updates++)
    goToItem(doc, SWOT)
    expect(updates).toBe(1)
    const run = readRunState(doc)
    expect(run).toMatchObject({ currentItemId: SWOT.id, currentKind: 'swot', currentTitle: '' })
    expect(run.timer).toEqual({
      itemId: SWOT.id,
      plannedMs: 45 * 60_000,
      durationMs: 45 * 60_000,
      remainingMs: 45 * 60_000,
      runningSince: null,
    })
    goToItem(doc, null)
    expect(readRunState(doc)).toMatchObject({ currentItemId: null, currentKind: null, timer: null })
  })

  it('locks an exercise for every group or for one, and opening for all opens each group too', () => {
    const doc = migrated()
    goToItem(doc, SWOT)
    setExerciseLocked(doc, 'swot', LUEYANG, true)
    let run = readRunState(doc)
    expect(exerciseLock(run, 'swot', LUEYANG, T0)).toBe('locked-group')
    expect(exerciseLock(run, 'swot', BADONG, T0)).toBeNull()
    expect(exerciseLock(run, 'problem-tree', LUEYANG, T0)).toBeNull()
    expect(lockedForGroup(run, 'swot', LUEYANG)).toBe(true)

    setExerciseLocked(doc, 'swot', null, true)
    run = readRunState(doc)
    expect(lockedForAll(run, 'swot')).toBe(true)
    expect(exerciseLock(run, 'swot', BADONG, T0)).toBe('locked-all')

    setExerciseLocked(doc, 'swot', null, false)
    run = readRunState(doc)
    expect(run.locks).toEqual([])
    expect(exerciseLock(run, 'swot', LUEYANG, T0)).toBeNull()
  })

  it('"pause input at zero" locks the current exercise once its time is up, and only then', () => {
    const doc = migrated()
    goToItem(doc, SWOT)
    setLockAtZero(doc, true)
    setTimer(doc, startTimer(readRunState(doc).timer!, T0))
    const run = readRunState(doc)
    expect(exerciseLock(run, 'swot', LUEYANG, T0 + 44 * 60_000)).toBeNull()
    expect(exerciseLock(run, 'swot', LUEYANG, T0 + 45 * 60_000)).toBe('time-up')
    expect(exerciseLock(run, 'problem-tree', LUEYANG, T0 + 50 * 60_000)).toBeNull()
    setLockAtZero(doc, false)
    expect(exerciseLock(readRunState(doc), 'swot', LUEYANG, T0 + 50 * 60_000)).toBeNull()
  })

  it('spotlights a county on the projector and records each "bring everyone here" with its own id', () => {
    const doc = migrated()
    showSpotlight(doc, { countyId: LUEYANG, kind: 'swot' })
    expect(readRunState(doc).spotlightComments).toBe(false)
    setSpotlightComments(doc, true)
    summonTo(doc, 'swot', 'summon-1')
    setBroadcastMessage(doc, '请各组回到座位')
    expect(readRunState(doc)).toMatchObject({
      spotlight: { countyId: LUEYANG, kind: 'swot' },
      spotlightComments: true,
      projectorMode: 'spotlight',
      summon: { id: 'summon-1', kind: 'swot' },
      message: '请各组回到座位',
    })
  })

  it('reads damaged values as "not set" rather than failing', () => {
    const doc = migrated()
    const state = sessionState(doc)
    state.set('timer', { itemId: 3, remainingMs: 'soon' })
    state.set('spotlight', { countyId: LUEYANG, kind: 'budget-of-doom' })
    state.set('projectorMode', 'cinema')
    state.set('summon', 'now')
    state.set('currentKind', 'karaoke')
    sessionLocks(doc).set('not-an-exercise', true)
    sessionLocks(doc).set('swot@', true)
    sessionLocks(doc).set('logframe', 'yes')
    expect(readRunState(doc)).toEqual(EMPTY_RUN_STATE)
  })
})
