import type {
  afterLoadDocumentPayload,
  beforeUnloadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
} from '@hocuspocus/server'
import * as Y from 'yjs'
import { parseDocName } from '../../../shared/live/doc-names'
import { MIGRATION_ORIGIN } from '../../../shared/live/plan-doc-migrations'
import type { LiveDocRepository } from '../store/repositories/live-doc-repository'
import { checkedState, type CheckedState, type LoadCheck } from './checked-load'
import type { CommitBatcher } from './commit-batcher'

/** Origin of the transactions that replay stored state into a freshly loaded document. */
const LOAD_ORIGIN = 'plan-workshop:load'
/** After this many logged updates a document's log is folded into its snapshot. */
export const COMPACT_AFTER_UPDATES = 500
/** After a compaction failed (a full disk), the document's next attempt waits this long. */
export const COMPACT_RETRY_AFTER_MS = 30_000

/** Which documents are checked on loading, and who hears of one that failed (the facilitator's log). */
export interface LoadChecks {
  checkFor(documentName: string): LoadCheck | null
  notice(documentName: string, checked: CheckedState): void
}

/**
 * Durability rule: an edit counts as saved only once SQLite has committed it.
 *
 * Hocuspocus's own storage hook (onStoreDocument) is debounced and runs after the client has been
 * acknowledged, so it cannot keep that promise. Instead every update is handed to the CommitBatcher
 * from the document's synchronous `update` event; it is written by the update writer (a worker thread),
 * and the live server holds each acknowledgement (SyncStatus) until the batch holding that update has
 * committed (WAL, synchronous=FULL).
 * Other devices receive the broadcast without waiting; if the hub died before the commit, the author
 * still holds the edit as unacknowledged and sends it again on reconnect, so nothing is lost.
 */
/** A gallery walk's projections (of a plan, of its comments) are the hub's to rebuild, never stored. */
const isStored = (documentName: string) => {
  const kind = parseDocName(documentName)?.kind
  return kind !== 'gallery' && kind !== 'galleryComments'
}

export class SqlitePersistence implements Extension {
  extensionName = 'plan-workshop-sqlite-persistence'
  /** Runs before every other extension's afterLoadDocument, so migrations are persisted too. */
  priority = 1000
  private readonly logged = new Map<string, number>()
  private readonly loaded = new Map<string, Y.Doc>()
  private readonly compactRetryAt = new Map<string, number>()
  private writesStopped = false

  constructor(
    private readonly liveDocs: LiveDocRepository,
    private readonly batcher: CommitBatcher,
    private readonly checks: LoadChecks | null = null,
  ) {
    batcher.onCommitted((names) => {
      for (const name of names) {
        const document = this.loaded.get(name)
        if (document && (this.logged.get(name) ?? 0) >= COMPACT_AFTER_UPDATES) this.tryCompact(name, document)
      }
    })
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    if (!isStored(documentName)) return
    const stored = this.liveDocs.load(documentName)
    const check = this.checks?.checkFor(documentName)
    if (check) {
      const checked = checkedState(stored, check)
      if (checked.problem !== null) {
        // Stored before it is served, so the next load starts from the rebuilt state, not the failure.
        this.liveDocs.setAside(documentName, checked.state, checked.setAside)
        stored.updates = []
        this.checks!.notice(documentName, checked)
      }
      Y.applyUpdate(document, checked.state, LOAD_ORIGIN)
    } else {
      Y.transact(
        document,
        () => {
          if (stored.snapshot) Y.applyUpdate(document, stored.snapshot)
          for (const update of stored.updates) Y.applyUpdate(document, update)
        },
        LOAD_ORIGIN,
      )
    }
    this.logged.set(documentName, stored.updates.length)
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (!isStored(documentName)) return
    this.loaded.set(documentName, document)
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return
      this.batcher.add(documentName, update, origin !== MIGRATION_ORIGIN)
      this.logged.set(documentName, (this.logged.get(documentName) ?? 0) + 1)
    })
  }

  async beforeUnloadDocument({ document, documentName }: beforeUnloadDocumentPayload): Promise<void> {
    await this.batcher.drain()
    if ((this.logged.get(documentName) ?? 0) > 0) this.tryCompact(documentName, document, true)
    this.forget(documentName)
  }

  /** Commits what is pending and folds every loaded document's log into its snapshot (shutdown). */
  async flushAll(timeoutMs?: number): Promise<void> {
    await this.batcher.drain(timeoutMs)
    for (const [name, document] of this.loaded) {
      if ((this.logged.get(name) ?? 0) > 0) this.tryCompact(name, document, true)
    }
  }

  /** The database file is damaged: compaction must not write to it any more. */
  stopWriting(): void {
    this.writesStopped = true
  }

  /** Drops what it knows of loaded documents (their database was replaced by a restored backup). */
  forgetAll(): void {
    for (const name of [...this.loaded.keys()]) this.forget(name)
    this.writesStopped = false
  }

  private forget(documentName: string): void {
    this.logged.delete(documentName)
    this.loaded.delete(documentName)
    this.compactRetryAt.delete(documentName)
  }

  /**
   * Compaction only saves loading time: the log keeps every committed update. So a failure (SQLITE_FULL
   * when the disk has just enough room for edits but not for a snapshot) is logged and retried later,
   * never thrown into the commit path, where it would stop the hub.
   */
  private tryCompact(documentName: string, document: Y.Doc, now = false): void {
    // A damaged database file is not written to any more (see CommitBatcher).
    if (this.writesStopped || this.batcher.failing === 'damaged') return
    if (!now && Date.now() < (this.compactRetryAt.get(documentName) ?? 0)) return
    try {
      this.liveDocs.compact(documentName, Y.encodeStateAsUpdate(document))
      this.logged.set(documentName, 0)
      this.compactRetryAt.delete(documentName)
    } catch (error) {
      this.compactRetryAt.set(documentName, Date.now() + COMPACT_RETRY_AFTER_MS)
      console.error(
        `[hub] could not fold the edit log of ${documentName} yet; its edits are safe.`,
        String(error),
      )
    }
  }
}
