import { OutgoingMessage } from '@hocuspocus/server'
import { describe, expect, it, vi } from 'vitest'
import type { WebSocket } from 'ws'
import { CommitBatcher, RETRY_AFTER_MS } from '../../../electron/hub/live/commit-batcher'
import {
  holdAcknowledgementsUntilCommitted,
  isSyncStatusFrame,
} from '../../../electron/hub/live/held-acknowledgements'
import type { LiveUpdateWriter } from '../../../electron/hub/store/live-update-writer'

/** Records, in order, what was committed and what was sent. */
function harness() {
  const events: string[] = []
  const writer: LiveUpdateWriter = {
    write: async (entries) => {
      events.push(`commit ${entries.map((e) => e.name).join(',')}`)
    },
    close: async () => undefined,
  }
  const batcher = new CommitBatcher(writer)
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
    await batcher.drain()
    expect(events).toEqual(['broadcast', 'commit plan/a', 'ack'])
  })

  it('commits everything that arrived in one turn in a single transaction', async () => {
    const { events, batcher } = harness()
    batcher.add('plan/a', new Uint8Array([1]))
    batcher.add('plan/b', new Uint8Array([2]))
    batcher.add('plan/a', new Uint8Array([3]))
    await batcher.drain()
    expect(events).toEqual(['commit plan/a,plan/b,plan/a'])
  })

  it('sends an acknowledgement at once when nothing is waiting to be committed', () => {
    const { events, socket } = harness()
    socket.send(ack())
    expect(events).toEqual(['ack'])
  })

  it('gathers what arrives during a write into the next batch, acknowledged after that one commits', async () => {
    const events: string[] = []
    let finishFirst: () => void = () => undefined
    const writer: LiveUpdateWriter = {
      write: (entries) => {
        events.push(`write ${entries.length}`)
        return events.length === 1
          ? new Promise<void>((resolve) => (finishFirst = resolve))
          : Promise.resolve()
      },
      close: async () => undefined,
    }
    const batcher = new CommitBatcher(writer)
    batcher.add('plan/a', new Uint8Array([1]))
    await new Promise((resolve) => setImmediate(resolve))
    batcher.add('plan/a', new Uint8Array([2]))
    batcher.add('plan/b', new Uint8Array([3]))
    batcher.whenCommitted(() => events.push('ack for the second batch'))
    await new Promise((resolve) => setImmediate(resolve))
    expect(events).toEqual(['write 1'])
    finishFirst()
    await batcher.drain()
    expect(events).toEqual(['write 1', 'write 2', 'ack for the second batch'])
  })

  it('keeps a batch whose commit failed and writes it again, acknowledging only then', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    try {
      const sent: string[] = []
      let attempts = 0
      const batcher = new CommitBatcher({
        write: async () => {
          if (attempts++ === 0) throw new Error('SQLITE_FULL')
        },
        close: async () => undefined,
      })
      batcher.add('plan/a', new Uint8Array([1]))
      batcher.whenCommitted(() => sent.push('ack'))
      const quiet = console.error
      console.error = () => undefined
      await new Promise((resolve) => setImmediate(resolve))
      await Promise.resolve()
      expect(sent).toEqual([])
      expect(batcher.uncommitted).toBe(true)
      await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS)
      await batcher.drain()
      console.error = quiet
      expect(attempts).toBe(2)
      expect(sent).toEqual(['ack'])
    } finally {
      vi.useRealTimers()
    }
  })
})
