import type { WebSocket } from 'ws'
import type { TimeSlicedQueue } from '../scheduling/time-sliced-queue'
import { documentNameOf, frameBytes } from './sync-frame'

type MessageListener = (this: WebSocket, ...args: unknown[]) => void

/**
 * Attaches Hocuspocus to a socket (`attach`) so that the socket's messages for a document it has not
 * opened yet reach Hocuspocus one per turn of the event loop (`turns`, shared by every socket).
 *
 * When sixty phones arrive together, their handshakes arrive together: for each, authentication, then
 * the whole document encoded and sent. Handled as they came, the event loop ran dozens of them back to
 * back (up to 90 ms measured) while the live edits of the devices already writing waited behind them.
 * In turns, an edit waits for one handshake at most.
 *
 * A message for a document already open on the socket — what an editing device sends — passes at once,
 * unless earlier messages of the same socket still wait their turn: a socket's messages keep their order.
 * What waits counts against the socket's pending-message limits (socket-guard.ts), which see every
 * message on arrival.
 */
export function handshakeInTurns(
  websocket: WebSocket,
  attach: () => void,
  /** Whether this socket has the document open (authenticated and loaded). */
  isOpen: (documentName: string) => boolean,
  turns: TimeSlicedQueue,
): void {
  const before = new Set(websocket.listeners('message'))
  attach()
  let closed = false
  websocket.once('close', () => (closed = true))
  let waiting = 0
  for (const listener of websocket.listeners('message') as MessageListener[]) {
    if (before.has(listener)) continue
    const inTurns = function (this: WebSocket, ...args: unknown[]) {
      const name = documentNameOf(frameBytes(args[0] as Buffer))
      if (waiting === 0 && name !== null && isOpen(name)) return listener.apply(this, args)
      waiting += 1
      turns.push(() => {
        waiting -= 1
        // Hocuspocus has let go of a closed socket; a handshake for it would open a document for nobody.
        if (!closed) listener.apply(websocket, args)
      })
    }
    // EventEmitter matches `listener` when asked to remove the original: Hocuspocus removes its own
    // handler when the socket closes.
    websocket.removeListener('message', listener)
    websocket.on('message', Object.assign(inTurns, { listener }))
  }
}
