import type { LiveUpdate, LiveUpdateWriter } from '../store/live-update-writer'
import { storeFailureOf, type StoreFailure } from '../store/store-failure'

interface Batch {
  entries: LiveUpdate[]
  /** Acknowledgements to send once this batch is committed. */
  held: (() => void)[]
}

const emptyBatch = (): Batch => ({ entries: [], held: [] })

/** How long to wait before writing a failed batch again (a full or busy disk). */
export const RETRY_AFTER_MS = 1000

/** Why the batcher is not committing: a known store failure, or 'other' (a busy disk, a crashed writer). */
export type CommitFailure = StoreFailure | 'other'

/**
 * Group commit for live-document updates. Updates accumulate while the previous batch is being
 * written (on the writer's thread); the next batch is written as soon as it is done. One fsync thus
 * covers many devices' keystrokes, and a slow disk slows commits down instead of queueing them without
 * bound. Acknowledgements are held until the batch holding their update has committed, so
 * "acknowledged" still means "committed" (the durability rule). A batch that fails to commit is kept,
 * in order, and written again: its devices show "saving" meanwhile, and nothing already applied to
 * the live documents is dropped. A damaged database file is not written again: the batcher holds
 * everything until a backup is restored (docs/architecture.md "Durability").
 */
export class CommitBatcher {
  private current = emptyBatch()
  private writing: Batch | null = null
  private scheduled = false
  private idleWaiters: (() => void)[] = []
  private retryTimer: NodeJS.Timeout | null = null
  private failure: CommitFailure | null = null
  private readonly afterCommitHooks: ((names: ReadonlySet<string>) => void)[] = []
  private readonly stateHooks: (() => void)[] = []

  constructor(private readonly writer: LiveUpdateWriter) {}

  /** True while updates have been accepted but not yet committed. */
  get uncommitted(): boolean {
    return this.current.entries.length > 0 || this.writing !== null
  }

  /** Updates accepted and not yet committed ("N edits waiting"). */
  get pendingEdits(): number {
    return this.current.entries.length + (this.writing?.entries.length ?? 0)
  }

  /** Why the last write failed, while it has not yet succeeded again; null when commits go through. */
  get failing(): CommitFailure | null {
    return this.failure
  }

  /** Called when commits start failing (or fail for another reason) and when they go through again. */
  onStateChange(hook: () => void): void {
    this.stateHooks.push(hook)
  }

  /** `edit`: a person's change, which moves the document's edit time (the hub's own setup does not). */
  add(name: string, update: Uint8Array, edit = true): void {
    this.current.entries.push({ name, update, edit })
    this.schedule()
  }

  /** Runs `send` once everything accepted so far is committed (now, if nothing is pending). */
  whenCommitted(send: () => void): void {
    if (this.current.entries.length > 0) this.current.held.push(send)
    else if (this.writing) this.writing.held.push(send)
    else send()
  }

  /** Called after each commit with the names of the documents it contained (e.g. to compact them). */
  onCommitted(hook: (names: ReadonlySet<string>) => void): void {
    this.afterCommitHooks.push(hook)
  }

  /** Resolves once everything accepted so far has been written (or has failed). */
  drain(timeoutMs = Infinity): Promise<void> {
    if (!this.uncommitted) return Promise.resolve()
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      if (Number.isFinite(timeoutMs)) setTimeout(resolve, timeoutMs).unref()
    })
  }

  /** Stops retrying (shutdown); what is still uncommitted stays unacknowledged on the devices. */
  stop(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  /** Stops committing because the database file is damaged (found by another path, e.g. a REST read). */
  holdForDamage(): void {
    this.stop()
    this.setFailure('damaged')
  }

  /**
   * Forgets what was never committed (a backup replaced the database under it); the devices still hold
   * those edits unacknowledged, and are told to reload the restored state.
   */
  discardPending(): void {
    this.stop()
    this.current = emptyBatch()
    this.setFailure(null)
    this.next()
  }

  private schedule(): void {
    if (this.scheduled || this.writing || this.retryTimer || this.failure === 'damaged') return
    this.scheduled = true
    setImmediate(() => this.startWrite())
  }

  private startWrite(): void {
    this.scheduled = false
    if (this.writing || this.current.entries.length === 0) return
    const batch = this.current
    this.current = emptyBatch()
    this.writing = batch
    const names = new Set(batch.entries.map((entry) => entry.name))
    this.writer.write(batch.entries).then(
      () => this.committed(batch, names),
      (error: unknown) => this.failed(batch, error),
    )
  }

  private committed(batch: Batch, names: ReadonlySet<string>): void {
    this.writing = null
    if (this.failure !== 'damaged') this.setFailure(null)
    for (const send of batch.held) send()
    // A hook (compaction) that fails, e.g. on a full disk, must never stop the hub or the next commit.
    for (const hook of this.afterCommitHooks) {
      try {
        hook(names)
      } catch (error) {
        console.error('[hub] after-commit work failed; the committed edits are safe.', String(error))
      }
    }
    this.next()
  }

  private failed(batch: Batch, error: unknown): void {
    this.writing = null
    // Put the batch back in front of what arrived since, so the log keeps the order of arrival.
    this.current = {
      entries: [...batch.entries, ...this.current.entries],
      held: [...batch.held, ...this.current.held],
    }
    const failure = storeFailureOf(error) ?? 'other'
    if (failure !== this.failure)
      console.error(
        `[hub] could not store live edits (${failure}); devices keep them as unsaved.`,
        String(error),
      )
    this.setFailure(failure)
    if (failure === 'damaged') return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.startWrite()
    }, RETRY_AFTER_MS)
  }

  private setFailure(failure: CommitFailure | null): void {
    if (failure === this.failure) return
    this.failure = failure
    for (const hook of this.stateHooks) hook()
  }

  private next(): void {
    if (this.current.entries.length > 0) {
      this.schedule()
      return
    }
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
