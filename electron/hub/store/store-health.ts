import type { StoreState } from '../../../shared/backups/backup-schema'
import type { StoreFailure } from './store-failure'

export interface CommitState {
  pendingEdits: number
  failing: StoreFailure | 'other' | null
}

/**
 * The running hub's view of its database, from every write path: the live commits (which say whether
 * they are failing and how many edits wait) and the REST writes. A full disk clears as soon as any
 * write goes through again; a damaged file stays damaged until a backup is restored.
 */
export class StoreHealth {
  private damaged = false
  private restoring = false
  private restDiskFull = false
  private last: StoreState = 'ok'
  private readonly listeners: ((state: StoreState) => void)[] = []

  constructor(private readonly commits: () => CommitState) {}

  state(): StoreState {
    const { failing } = this.commits()
    if (this.restoring) return 'restoring'
    if (this.damaged || failing === 'damaged') return 'damaged'
    if (this.restDiskFull || failing === 'diskFull') return 'diskFull'
    return 'ok'
  }

  pendingEdits(): number {
    return this.commits().pendingEdits
  }

  /** A REST request failed with this store failure (or with none we know). */
  noteFailure(failure: StoreFailure | null): void {
    if (failure === 'diskFull') this.restDiskFull = true
    if (failure === 'damaged') this.damaged = true
    this.changed()
  }

  /** A write was committed: there is room on the disk again. */
  noteWriteSucceeded(): void {
    this.restDiskFull = false
    this.changed()
  }

  setRestoring(restoring: boolean): void {
    this.restoring = restoring
    this.changed()
  }

  /** A backup replaced the database: whatever was wrong with the old file is gone with it. */
  replaced(): void {
    this.damaged = false
    this.restDiskFull = false
    this.changed()
  }

  onChange(listener: (state: StoreState) => void): void {
    this.listeners.push(listener)
  }

  /** Re-reads the state and tells the listeners if it moved. */
  changed(): void {
    const state = this.state()
    if (state === this.last) return
    this.last = state
    for (const listener of this.listeners) listener(state)
  }
}
