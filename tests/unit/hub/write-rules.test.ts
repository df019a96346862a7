import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { judgeGroupWrite } from '../../../electron/hub/live/write-rules'
import { addSwotCard } from '../../../shared/exercises/swot/swot-doc'
import { setCoreProblem } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { EMPTY_RUN_STATE, type RunState } from '../../../shared/session/run-state'
import { newTimer, startTimer } from '../../../shared/session/session-timer'

function hubAndDevice() {
  const hub = new Y.Doc()
  migratePlanDoc(hub)
  const device = new Y.Doc()
  Y.applyUpdate(device, Y.encodeStateAsUpdate(hub))
  return { hub, device }
}

function change(device: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(device)
  edit(device)
  return Y.encodeStateAsUpdate(device, before)
}

const NOW = 1_700_000_000_000

describe('judgeGroupWrite: what of a group update the room refuses', () => {
  it('lets an update to an open exercise stand', () => {
    const { hub, device } = hubAndDevice()
    const update = change(device, (doc) => addSwotCard(doc, 'strengths', '乌鸡'))
    expect(judgeGroupWrite(hub, update, 'lueyang', () => EMPTY_RUN_STATE, NOW)).toBeNull()
  })

  it('refuses the current exercise once its time is up with "pause input at zero" on', () => {
    const { hub, device } = hubAndDevice()
    const timer = startTimer(newTimer('item-1', 10), NOW - 11 * 60_000)
    const run: RunState = {
      ...EMPTY_RUN_STATE,
      currentItemId: 'item-1',
      currentKind: 'problem-tree',
      timer,
      lockAtZero: true,
    }
    const update = change(device, (doc) => setCoreProblem(doc, '物流成本高'))
    expect(judgeGroupWrite(hub, update, 'lueyang', () => run, NOW)).toMatchObject({
      refusedRoots: new Set(['problemTree']),
      locked: new Set(['problem-tree']),
    })
    // Before zero the same write stands.
    expect(judgeGroupWrite(hub, update, 'lueyang', () => run, NOW - 2 * 60_000)).toBeNull()
  })

  it('reads the session only for a write to an exercise', () => {
    const { hub, device } = hubAndDevice()
    let reads = 0
    const update = change(device, (doc) => doc.getMap('meta').set('schemaVersion', 99))
    const verdict = judgeGroupWrite(hub, update, 'lueyang', () => (reads++, EMPTY_RUN_STATE), NOW)
    expect(verdict).toMatchObject({ refusedRoots: new Set(['meta']), facilitatorOnly: true })
    expect(reads).toBe(0)
  })
})
