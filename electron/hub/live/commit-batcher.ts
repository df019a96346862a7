import type { LiveUpdate, LiveUpdateWriter } from '../store/live-update-writer'

interface Batch {
  entries: LiveUpdate[]
  /** Acknowledgements to send once this batch is committed. */
  held: (() => void)[]
}

const emptyBatch = (): Batch => ({ entries: [], held: [] })

/** How long to wait before writing a failed batch again (a full or busy disk). */
export const RETRY_AFTER_MS = 1000

/**
 * Group commit for live-document updates. Updates accumulate while the previous batch is being
 * written (on the writer's thread); the next batch is written as soon as it is done. One fsync thus
 * covers many devices' keystrokes, and a slow disk slows commits down instead of queueing them without
 * bound. Acknowledgements are held until the batch holding their update has committed, so
 * "acknowledged" still means "committed" (the durability rule). A batch that fails to commit is kept,
 * in order, and written again: its devices show "saving" meanwhile, and nothing already applied to
 * the live documents is dropped.
 */
export class CommitBatcher {
  private current = emptyBatch()
  private writing: Batch | null = null
  private scheduled = false
  private idleWaiters: (() => void)[] = []
  private retryTimer: NodeJS.Timeout | null = null
  private failing = false
  private readonly afterCommitHooks: ((names: ReadonlySet<string>) => void)[] = []

  constructor(private readonly writer: LiveUpdateWriter) {}

  /** True while updates have been accepted but not yet committed. */
  get uncommitted(): boolean {
    return this.current.entries.length > 0 || this.writing !== null
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

  private schedule(): void {
    if (this.scheduled || this.writing || this.retryTimer) return
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
      () => {
        this.writing = null
        if (this.failing) console.error('[hub] live edits are being stored again')
        this.failing = false
        for (const send of batch.held) send()
        for (const hook of this.afterCommitHooks) hook(names)
        this.next()
      },
      (error: unknown) => {
        this.writing = null
        if (!this.failing)
          console.error('[hub] could not store live edits; retrying. Devices show them as unsaved.', error)
        this.failing = true
        // Put the batch back in front of what arrived since, so the log keeps the order of arrival.
        this.current = {
          entries: [...batch.entries, ...this.current.entries],
          held: [...batch.held, ...this.current.held],
        }
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null
          this.startWrite()
        }, RETRY_AFTER_MS)
      },
    )
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
