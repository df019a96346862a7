import * as encoding from 'lib0/encoding'
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import { handshakeInTurns } from '../../../electron/hub/live/handshake-turns'
import { oneTaskPerTurn } from '../../../electron/hub/scheduling/time-sliced-queue'

/** A Hocuspocus frame: the document's name, then (here) one number standing for the rest. */
function frame(documentName: string, n: number): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, n)
  return Buffer.from(encoding.toUint8Array(encoder))
}

/** A socket, what Hocuspocus is handed of it, the documents it has open, and a loop run turn by turn. */
function harness() {
  const turns: (() => void)[] = []
  const queue = oneTaskPerTurn((run) => turns.push(run))
  const open = new Set<string>()
  const handled: string[] = []
  const hocuspocusHandler = (data: Buffer) => {
    const bytes = new Uint8Array(data)
    handled.push(`${new TextDecoder().decode(bytes.subarray(1, 1 + bytes[0]!))}#${bytes.at(-1)}`)
  }
  const socket = (countedOnArrival: string[] = []) => {
    const websocket = new EventEmitter() as unknown as WebSocket
    // Attached before Hocuspocus, as the socket guard is: it must see every frame when it arrives.
    websocket.on('message', () => countedOnArrival.push('frame'))
    handshakeInTurns(
      websocket,
      () => {
        websocket.on('message', hocuspocusHandler)
        websocket.once('close', () => websocket.removeListener('message', hocuspocusHandler))
      },
      (name) => open.has(name),
      queue,
    )
    return websocket
  }
  const nextTurn = () => turns.shift()?.()
  return { socket, open, handled, nextTurn, turns }
}

describe('handshakes taken one per turn while edits on open documents pass', () => {
  it('hands a new socket’s messages to Hocuspocus one per turn, in order', () => {
    const { socket, handled, nextTurn } = harness()
    const arrived: string[] = []
    const phone = socket(arrived)
    phone.emit('message', frame('plan-a', 1))
    phone.emit('message', frame('plan-a', 2))
    expect(arrived).toHaveLength(2)
    expect(handled).toEqual([])
    nextTurn()
    expect(handled).toEqual(['plan-a#1'])
    nextTurn()
    expect(handled).toEqual(['plan-a#1', 'plan-a#2'])
  })

  it('relays an edit on an open document before handshakes queued ahead of it', () => {
    const { socket, open, handled, nextTurn } = harness()
    const editing = socket()
    open.add('plan-b')
    const arriving = [socket(), socket(), socket()]
    arriving.forEach((phone, i) => phone.emit('message', frame('plan-a', i)))
    editing.emit('message', frame('plan-b', 9))
    expect(handled).toEqual(['plan-b#9'])
    nextTurn()
    expect(handled).toEqual(['plan-b#9', 'plan-a#0'])
  })

  it('keeps a socket’s order: once a message of it waits, the ones after it wait too', () => {
    const { socket, open, handled, nextTurn } = harness()
    const phone = socket()
    phone.emit('message', frame('plan-a', 1))
    // The document opens (authentication passed) while the socket's sync step still waits.
    open.add('plan-a')
    phone.emit('message', frame('plan-a', 2))
    expect(handled).toEqual([])
    nextTurn()
    nextTurn()
    expect(handled).toEqual(['plan-a#1', 'plan-a#2'])
    // Nothing waits any more: the next message passes at once.
    phone.emit('message', frame('plan-a', 3))
    expect(handled).toEqual(['plan-a#1', 'plan-a#2', 'plan-a#3'])
  })

  it('hands Hocuspocus nothing of a socket that closed meanwhile, and lets it remove its handler', () => {
    const { socket, handled, nextTurn, turns } = harness()
    const phone = socket()
    phone.emit('message', frame('plan-a', 1))
    phone.emit('close')
    nextTurn()
    expect(handled).toEqual([])
    expect(turns).toHaveLength(0)
    // Only the guard's listener is left once Hocuspocus removed its own.
    expect(phone.listeners('message')).toHaveLength(1)
  })
})
