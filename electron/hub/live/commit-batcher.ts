import type { LiveDocRepository } from '../store/repositories/live-doc-repository'

/**
 * Group commit for live-document updates. Every update that arrives in one turn of the event loop is
 * committed in a single SQLite transaction at the end of that turn, and the acknowledgements the hub
 * owes for them are held until that transaction has returned. One fsync then covers many devices'
 * keystrokes, so a slow disk (antivirus, a busy laptop) slows commits down instead of queueing them
 * without bound — and "acknowledged" still means "committed" (the durability rule).
 */
export class CommitBatcher {
  private pending: { name: string; update: Uint8Array }[] = []
  private held: (() => void)[] = []
  private scheduled = false
  private readonly afterCommitHooks: ((names: ReadonlySet<string>) => void)[] = []
  private readonly failureHooks: ((names: ReadonlySet<string>, error: unknown) => void)[] = []

  constructor(private readonly liveDocs: LiveDocRepository) {}

  /** True while updates have been accepted but not yet committed. */
  get uncommitted(): boolean {
    return this.pending.length > 0
  }

  add(name: string, update: Uint8Array): void {
    this.pending.push({ name, update })
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.flushScheduled())
    }
  }

  /** Runs `send` once everything accepted so far is committed (now, if nothing is pending). */
  whenCommitted(send: () => void): void {
    if (this.uncommitted) this.held.push(send)
    else send()
  }

  /** Called after each commit with the names of the documents it contained (e.g. to compact them). */
  onCommitted(hook: (names: ReadonlySet<string>) => void): void {
    this.afterCommitHooks.push(hook)
  }

  /** Called when a commit failed, with the documents whose updates were not stored. */
  onFailed(hook: (names: ReadonlySet<string>, error: unknown) => void): void {
    this.failureHooks.push(hook)
  }

  /** A failed commit must not take the hub down: report it, and let the owner of the documents recover. */
  private flushScheduled(): void {
    const names = new Set(this.pending.map((entry) => entry.name))
    try {
      this.flush()
    } catch (error) {
      console.error('[hub] could not store live edits; their devices keep them as unsaved', error)
      for (const hook of this.failureHooks) hook(names, error)
    }
  }

  /** Commits what is pending and releases the held acknowledgements; also called on shutdown. */
  flush(): void {
    this.scheduled = false
    const batch = this.pending
    const held = this.held
    if (batch.length === 0 && held.length === 0) return
    this.pending = []
    this.held = []
    // If the commit throws (disk full), the acknowledgements are dropped with the batch: devices keep
    // the edits as unsaved and send them again when they reconnect.
    if (batch.length > 0) this.liveDocs.appendAll(batch)
    for (const send of held) send()
    const names = new Set(batch.map((entry) => entry.name))
    for (const hook of this.afterCommitHooks) hook(names)
  }
}
