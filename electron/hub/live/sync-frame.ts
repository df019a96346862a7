import { MessageType } from '@hocuspocus/server'
import * as decoding from 'lib0/decoding'
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync'

/**
 * The Yjs update a Hocuspocus frame carries, when it is a write: `varString documentName, varUint
 * Sync | SyncReply, varUint step2 | update, varUint8Array update`. Null for anything else (sync step 1,
 * awareness, auth, stateless), so the write rules cost one varint read on those. The bytes are a view
 * into the frame, not a copy.
 */
export function syncUpdateOf(frame: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null
    const step = decoding.readVarUint(decoder)
    if (step !== messageYjsSyncStep2 && step !== messageYjsUpdate) return null
    return decoding.readVarUint8Array(decoder)
  } catch {
    // A frame too short to parse is no write; Hocuspocus refuses it on its own.
    return null
  }
}

/** A WebSocket message as ws hands it over, as one byte array. */
export function frameBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data)
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data
}

/** Every Hocuspocus frame starts with the name of its document. */
export function documentNameOf(frame: Uint8Array): string | null {
  try {
    return decoding.readVarString(decoding.createDecoder(frame))
  } catch {
    return null
  }
}
