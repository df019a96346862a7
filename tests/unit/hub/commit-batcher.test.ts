import { OutgoingMessage } from '@hocuspocus/server'
import { describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { CommitBatcher } from '../../../electron/hub/live/commit-batcher'
import {
  holdAcknowledgementsUntilCommitted,
  isSyncStatusFrame,
} from '../../../electron/hub/live/held-acknowledgements'
import type { LiveDocRepository } from '../../../electron/hub/store/repositories/live-doc-repository'

/** Records, in order, what was committed and what was sent. */
function harness() {
  const events: string[] = []
  const repository = {
    appendAll: (entries: { name: string }[]) => events.push(`commit ${entries.map((e) => e.name).join(',')}`),
  } as unknown as LiveDocRepository
  const batcher = new CommitBatcher(repository)
  const socket = {
    OPEN: 1,
    readyState: 1,
    send: (data: Uint8Array) => events.push(isSyncStatusFrame(data) ? 'ack' : 'broadcast'),
  }
  holdAcknowledgementsUntilCommitted(socket as unknown as WebSocket, batcher)
  return { events, batcher, socket }
}

const ack = () => new OutgoingMessage('plan/workshop-1/county-01').writeSyncStatus(true).toUint8Array()
const broadcast = () =>
  new OutgoingMessage('plan/workshop-1/county-01')
    .createSyncMessage()
    .writeUpdate(new Uint8Array([0, 0]))
    .toUint8Array()

describe('group commit with held acknowledgements', () => {
  it('recognises acknowledgement frames and nothing else', () => {
    expect(isSyncStatusFrame(ack())).toBe(true)
    expect(isSyncStatusFrame(broadcast())).toBe(false)
    expect(isSyncStatusFrame(new Uint8Array([255]))).toBe(false)
    expect(isSyncStatusFrame('text')).toBe(false)
  })

  it('sends an acknowledgement only after the update it acknowledges is committed', async () => {
    const { events, batcher, socket } = harness()
    batcher.add('plan/a', new Uint8Array([1]))
    socket.send(ack())
    socket.send(broadcast())
    expect(events).toEqual(['broadcast'])
    await new Promise((resolve) => setImmediate(resolve))
    expect(events).toEqual(['broadcast', 'commit plan/a', 'ack'])
  })

  it('commits everything that arrived in one turn in a single transaction', async () => {
    const { events, batcher } = harness()
    batcher.add('plan/a', new Uint8Array([1]))
    batcher.add('plan/b', new Uint8Array([2]))
    batcher.add('plan/a', new Uint8Array([3]))
    await new Promise((resolve) => setImmediate(resolve))
    expect(events).toEqual(['commit plan/a,plan/b,plan/a'])
  })

  it('sends an acknowledgement at once when nothing is waiting to be committed', () => {
    const { events, socket } = harness()
    socket.send(ack())
    expect(events).toEqual(['ack'])
  })

  it('drops the acknowledgements of a batch whose commit failed, so devices keep the edits as unsaved', () => {
    const sent: string[] = []
    const batcher = new CommitBatcher({
      appendAll: () => {
        throw new Error('disk full')
      },
    } as unknown as LiveDocRepository)
    batcher.add('plan/a', new Uint8Array([1]))
    batcher.whenCommitted(() => sent.push('ack'))
    expect(() => batcher.flush()).toThrow('disk full')
    expect(sent).toEqual([])
    expect(batcher.uncommitted).toBe(false)
  })
})
