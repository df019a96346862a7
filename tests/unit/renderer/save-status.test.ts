import { describe, expect, it } from 'vitest'
import { deriveSaveStatus, type SaveSignals } from '../../../renderer/src/live/save-status'

const base: SaveSignals = {
  socketConnected: true,
  everSynced: true,
  browserOnline: true,
  connectionFailed: false,
  synced: true,
  unacknowledged: 0,
  pendingEdits: 0,
  refused: false,
}
const status = (changes: Partial<SaveSignals>) => deriveSaveStatus({ ...base, ...changes })

describe('the save status', () => {
  it('is "saved" only when synced and every change is acknowledged by the hub', () => {
    expect(status({})).toEqual({ kind: 'saved' })
    expect(status({ unacknowledged: 2, pendingEdits: 2 })).toEqual({ kind: 'saving' })
    expect(status({ synced: false })).toEqual({ kind: 'saving' })
  })

  it('says "connecting" while a freshly opened page with nothing of its own to save makes its first connection', () => {
    expect(status({ everSynced: false, synced: false, socketConnected: false })).toEqual({
      kind: 'connecting',
    })
    expect(status({ everSynced: false, synced: false, unacknowledged: 1 })).toEqual({ kind: 'connecting' })
  })

  it('is "offline" with the count of changes not yet saved once the connection is lost', () => {
    expect(status({ socketConnected: false, synced: false, pendingEdits: 3 })).toEqual({
      kind: 'offline',
      pending: 3,
    })
    expect(status({ socketConnected: false, synced: false })).toEqual({ kind: 'offline', pending: 0 })
  })

  it('is "offline" as soon as the browser says so, before the closing socket has reported closed', () => {
    expect(status({ browserOnline: false, unacknowledged: 2, pendingEdits: 2 })).toEqual({
      kind: 'offline',
      pending: 2,
    })
    expect(status({ browserOnline: false })).toEqual({ kind: 'offline', pending: 0 })
  })

  it('does not claim a number it does not know (a reload with unconfirmed local edits)', () => {
    expect(status({ socketConnected: false, synced: false, everSynced: false, pendingEdits: null })).toEqual({
      kind: 'offline',
      pending: null,
    })
  })

  it('is "offline", not "connecting", once the first attempt to reach the hub has failed', () => {
    expect(
      status({ socketConnected: false, synced: false, everSynced: false, connectionFailed: true }),
    ).toEqual({ kind: 'offline', pending: 0 })
  })

  it('is "offline", not "connecting", when the browser itself is offline at opening', () => {
    expect(
      status({ socketConnected: false, synced: false, everSynced: false, browserOnline: false }),
    ).toEqual({
      kind: 'offline',
      pending: 0,
    })
  })

  it('says the join ended when the hub refuses the token, whatever else holds', () => {
    expect(status({ refused: true, pendingEdits: 4 })).toEqual({ kind: 'refused', pending: 4 })
  })
})
