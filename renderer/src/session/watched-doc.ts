import { HocuspocusProvider } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { liveSocket } from '../live/live-socket'

export interface WatchedDocState {
  /** The first sync with the hub is complete: what the doc holds is what the hub holds. */
  synced: boolean
  /** The hub refused the credential (renewed projector link, deleted workshop). */
  refused: boolean
  /** Device time of the last change that arrived after the first sync; null before any. */
  lastChangeAt: number | null
}

/**
 * A live document opened only to look at it: the console's view of every plan, the projector's view of
 * everything. Unlike a LiveDocument it keeps no local copy (nothing is edited here, so there is nothing
 * to keep for later) and announces nobody (no awareness), so a watching screen never shows up as a
 * device connected to a county's plan.
 */
export class WatchedDoc {
  readonly doc = new Y.Doc()
  private readonly provider: HocuspocusProvider
  private state: WatchedDocState = { synced: false, refused: false, lastChangeAt: null }
  private readonly listeners = new Set<() => void>()

  constructor(docName: string, token: string) {
    this.provider = new HocuspocusProvider({
      websocketProvider: liveSocket(),
      name: docName,
      token,
      document: this.doc,
      awareness: null,
    })
    this.provider.on('synced', () => this.set({ synced: true, refused: false }))
    this.provider.on('authenticationFailed', () => this.set({ refused: true }))
    this.doc.on('update', () => {
      // Nothing is edited here, so every update is someone else's; those after the first sync are live edits.
      if (this.state.synced) this.set({ lastChangeAt: Date.now() })
      else this.emit()
    })
    this.provider.attach()
  }

  getState = (): WatchedDocState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    this.listeners.clear()
    this.provider.destroy()
    this.doc.destroy()
  }

  private set(patch: Partial<WatchedDocState>): void {
    this.state = { ...this.state, ...patch }
    this.emit()
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener())
  }
}
