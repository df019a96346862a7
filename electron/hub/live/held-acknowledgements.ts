import { MessageType } from '@hocuspocus/server'
import * as decoding from 'lib0/decoding'
import type { WebSocket } from 'ws'
import type { CommitBatcher } from './commit-batcher'

/** True for a Hocuspocus SyncStatus frame: `varString documentName, varUint type = SyncStatus, …`. */
export function isSyncStatusFrame(data: unknown): boolean {
  if (!(data instanceof Uint8Array)) return false
  try {
    const decoder = decoding.createDecoder(data)
    decoding.readVarString(decoder)
    return decoding.readVarUint(decoder) === MessageType.SyncStatus
  } catch {
    return false
  }
}

/**
 * Makes a socket send its acknowledgements only after the updates they acknowledge are committed.
 * Everything else (broadcasts, awareness, sync replies) goes out at once, so co-editors see each
 * other's typing without waiting for the disk.
 */
export function holdAcknowledgementsUntilCommitted(websocket: WebSocket, batcher: CommitBatcher): void {
  const send = websocket.send.bind(websocket) as (...args: unknown[]) => void
  websocket.send = ((...args: unknown[]) => {
    if (isSyncStatusFrame(args[0])) {
      batcher.whenCommitted(() => {
        if (websocket.readyState === websocket.OPEN) send(...args)
      })
    } else {
      send(...args)
    }
  }) as WebSocket['send']
}
