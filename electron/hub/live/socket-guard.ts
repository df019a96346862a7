import type { WebSocket } from 'ws'
import { LIVE_CLOSE, type LiveLimits } from './live-limits'
import { documentNameOf, frameBytes } from './sync-frame'

interface Pending {
  bytes: number
  messages: number
}

/** How long a socket told to close may take to do so before it is cut (it may not be listening). */
const CLOSE_GRACE_MS = 2000

/**
 * Bounds what a socket may send before the hub knows who it is. Hocuspocus queues every message for a
 * document until that document's authentication has passed and the document has opened, and for a
 * refused document forever, all in memory; this counts those messages and closes the socket that sends
 * more than `pendingBytes` / `pendingMessages` of them, or that has no document open after
 * `authDeadlineMs`. It must be attached before Hocuspocus so it counts each frame as it arrives.
 */
export function guardSocket(
  websocket: WebSocket,
  /** Whether this socket has the document open (authenticated and loaded). */
  isOpen: (documentName: string) => boolean,
  limits: LiveLimits,
): void {
  const pending = new Map<string, Pending>()
  let total: Pending = { bytes: 0, messages: 0 }
  let trusted = false
  let ending = false

  const end = (close: { code: number; reason: string }) => {
    if (ending) return websocket.terminate()
    ending = true
    websocket.close(close.code, close.reason)
    setTimeout(() => websocket.terminate(), CLOSE_GRACE_MS).unref()
  }

  /** Forgets what was counted for documents that have opened since (Hocuspocus has handed those on). */
  const release = () => {
    for (const [name, counted] of pending) {
      if (!isOpen(name)) continue
      trusted = true
      pending.delete(name)
      total = { bytes: total.bytes - counted.bytes, messages: total.messages - counted.messages }
    }
  }

  const deadline = setTimeout(() => {
    release()
    if (!trusted) end(LIVE_CLOSE.authTimeout)
  }, limits.authDeadlineMs)
  deadline.unref()

  websocket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    if (ending) return websocket.terminate()
    const bytes = frameBytes(data)
    const name = documentNameOf(bytes)
    // Not a Hocuspocus frame: Hocuspocus closes the socket itself.
    if (name === null || isOpen(name)) return
    release()
    const counted = pending.get(name) ?? { bytes: 0, messages: 0 }
    counted.bytes += bytes.byteLength
    counted.messages += 1
    pending.set(name, counted)
    total = { bytes: total.bytes + bytes.byteLength, messages: total.messages + 1 }
    if (total.bytes > limits.pendingBytes || total.messages > limits.pendingMessages) {
      end(LIVE_CLOSE.tooMuchBeforeAuth)
    }
  })
  websocket.once('close', () => clearTimeout(deadline))
}
