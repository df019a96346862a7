import type { beforeHandleMessagePayload, Document, Extension } from '@hocuspocus/server'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'

const MESSAGE_SYNC = 0
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** What the device is told, as a stateless message, when its change would overfill the document. */
export const DOCUMENT_FULL_NOTICE = JSON.stringify({
  type: 'refused',
  reason: 'too-large',
  key: 'live.documentFull',
  exercises: [],
  texts: [],
})

interface Size {
  bytes: number
  /** False once updates were added to a measured size: an estimate, never below the true size. */
  exact: boolean
}

/**
 * Keeps a live document under `maxBytes`. A change that would take it past is not applied: the
 * connection is made read-only before Hocuspocus handles the frame (so Hocuspocus itself answers it as
 * not taken), and the device is told once, in a stateless message. The size is estimated by adding each
 * update to a measured size and measured again only near the limit, so a keystroke costs no encoding.
 */
export class DocumentSizeLimit implements Extension {
  extensionName = 'plan-workshop-document-size'
  private readonly sizes = new WeakMap<Document, Size>()
  private readonly told = new WeakSet<object>()

  constructor(private readonly maxBytes: number) {}

  async beforeHandleMessage({ document, connection, update }: beforeHandleMessagePayload): Promise<void> {
    const incoming = syncUpdateOf(update)
    if (incoming === null || connection.readOnly) return
    const size = this.sizes.get(document) ?? measure(document)
    if (size.bytes + incoming.byteLength > this.maxBytes && !size.exact)
      Object.assign(size, measure(document))
    this.sizes.set(document, size)
    if (size.bytes + incoming.byteLength <= this.maxBytes) {
      size.bytes += incoming.byteLength
      size.exact = false
      return
    }
    connection.readOnly = true
    if (!this.told.has(connection)) {
      this.told.add(connection)
      connection.sendStateless(DOCUMENT_FULL_NOTICE)
    }
  }
}

function measure(document: Y.Doc): Size {
  return { bytes: Y.encodeStateAsUpdate(document).byteLength, exact: true }
}

/** The Yjs update a Sync step 2 or update frame carries; null for any other frame. */
function syncUpdateOf(frame: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarString(decoder)
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null
    const kind = decoding.readVarUint(decoder)
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return null
    return decoding.readVarUint8Array(decoder)
  } catch {
    return null
  }
}
