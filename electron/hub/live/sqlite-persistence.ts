import type {
  afterLoadDocumentPayload,
  beforeUnloadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
} from '@hocuspocus/server'
import * as Y from 'yjs'
import type { LiveDocRepository } from '../store/repositories/live-doc-repository'

/** Origin of the transactions that replay stored state into a freshly loaded document. */
const LOAD_ORIGIN = 'plan-workshop:load'
/** After this many logged updates a document's log is folded into its snapshot. */
export const COMPACT_AFTER_UPDATES = 500

/**
 * Durability rule: an edit counts as saved only once SQLite has committed it.
 *
 * Hocuspocus's own storage hook (onStoreDocument) is debounced and runs after the client has been
 * acknowledged, so it cannot keep that promise. Instead every update is appended to the log from the
 * document's synchronous `update` event. Hocuspocus applies an incoming update and only then sends the
 * client its acknowledgement (SyncStatus), in the same synchronous call, so by the time any client is
 * told "applied", better-sqlite3 has already committed the update (WAL, synchronous=FULL).
 * Other devices may receive the broadcast in that same tick just before the commit; if the hub died in
 * that instant, the author still holds the edit as unacknowledged and re-sends it on reconnect.
 */
export class SqlitePersistence implements Extension {
  extensionName = 'plan-workshop-sqlite-persistence'
  /** Runs before every other extension's afterLoadDocument, so migrations are persisted too. */
  priority = 1000
  private readonly logged = new Map<string, number>()

  constructor(private readonly liveDocs: LiveDocRepository) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const stored = this.liveDocs.load(documentName)
    Y.transact(
      document,
      () => {
        if (stored.snapshot) Y.applyUpdate(document, stored.snapshot)
        for (const update of stored.updates) Y.applyUpdate(document, update)
      },
      LOAD_ORIGIN,
    )
    this.logged.set(documentName, stored.updates.length)
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return
      this.liveDocs.append(documentName, update)
      const count = (this.logged.get(documentName) ?? 0) + 1
      this.logged.set(documentName, count)
      if (count >= COMPACT_AFTER_UPDATES) this.compact(documentName, document)
    })
  }

  async beforeUnloadDocument({ document, documentName }: beforeUnloadDocumentPayload): Promise<void> {
    if ((this.logged.get(documentName) ?? 0) > 0) this.compact(documentName, document)
    this.logged.delete(documentName)
  }

  compact(documentName: string, document: Y.Doc): void {
    this.liveDocs.compact(documentName, Y.encodeStateAsUpdate(document))
    this.logged.set(documentName, 0)
  }
}
