import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { storeStateOfMessage } from '../../../shared/backups/store-state-notice'
import { parseRefusedWrite, type RefusedWrite } from '../../../shared/live/refused-write'
import { setDeviceStoreState } from '../backups/device-store-state'
import { checkedStoreGeneration } from '../backups/store-generation'
import { liveSocket } from './live-socket'
import { readPendingEdits, writePendingEdits } from './pending-edits-store'
import { deriveSaveStatus, isConfirmed, type SaveSignals, type SaveStatus } from './save-status'
import { browserReachesHub } from './browser-connectivity'

/** What other people see of this device: the name and colour on its caret and avatar. */
export interface LiveUser {
  name: string
  color: string
}

export interface LiveDocumentOptions {
  docName: string
  token: string
  user: LiveUser
  /** Marks the facilitator's window in the hub's presence list. */
  facilitator?: boolean
  /**
   * Whether the device keeps a copy in IndexedDB (default): not for another county's plan read during a
   * review, which must be gone from the device when the round ends.
   */
  localCopy?: boolean
}

/** A write the hub did not accept, as this device was told (kept until the person dismisses it). */
export interface RefusedNotice extends RefusedWrite {
  id: number
}

export interface LiveDocumentSnapshot {
  /** False until the device's local copy has loaded; editors are shown only then. */
  ready: boolean
  status: SaveStatus
  refusals: readonly RefusedNotice[]
}

/** Past this many notices the oldest go: a device that keeps writing into a lock is told each time. */
const MAX_NOTICES = 10

/**
 * One live document as a page uses it: the Yjs doc, its local copy in IndexedDB (so a device that loses
 * the network keeps editing, and a reload keeps the edits), and a provider on the page's shared socket.
 * It derives the save status from the hub's acknowledgements and publishes it to React.
 */
export class LiveDocument {
  readonly doc = new Y.Doc()
  provider: HocuspocusProvider | null = null
  private local: IndexeddbPersistence | null = null
  private readonly listeners = new Set<() => void>()
  private destroyed = false
  private snapshot: LiveDocumentSnapshot
  private signals: SaveSignals
  private storedPending: number | null | undefined = undefined
  private refusals: RefusedNotice[] = []
  private nextNoticeId = 1

  constructor(private readonly options: LiveDocumentOptions) {
    const socket = liveSocket()
    this.signals = {
      socketConnected: false,
      everSynced: false,
      browserOnline: browserReachesHub(),
      connectionFailed: false,
      synced: false,
      unacknowledged: 0,
      pendingEdits: 0,
      refused: false,
    }
    this.snapshot = { ready: false, status: deriveSaveStatus(this.signals), refusals: [] }
    // Copies of a database that a restore has since replaced are dropped before this one is opened.
    void checkedStoreGeneration()
      .then(() => {
        if (this.destroyed) return
        if (options.localCopy !== false) this.local = openLocalCopy(options.docName, this.doc)
        return this.whenLocalCopyLoaded()
      })
      .then(() => {
        if (this.destroyed) return
        this.signals.pendingEdits = this.carriedOverEdits()
        this.connect(socket)
      })
    window.addEventListener('online', this.onBrowserConnectivity)
    window.addEventListener('offline', this.onBrowserConnectivity)
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): LiveDocumentSnapshot => this.snapshot

  /** Renames this device on carets and avatars (the name is chosen at join; the facilitator's is fixed). */
  setUser(user: LiveUser): void {
    this.provider?.setAwarenessField('user', user)
  }

  /** The person has read (and copied what they needed from) a refusal notice. */
  dismissRefusal(id: number): void {
    this.refusals = this.refusals.filter((notice) => notice.id !== id)
    this.update()
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    window.removeEventListener('online', this.onBrowserConnectivity)
    window.removeEventListener('offline', this.onBrowserConnectivity)
    // Detaching tells the hub this device left the document, so presence updates at once.
    this.provider?.destroy()
    void this.local?.destroy()
    this.doc.destroy()
    this.listeners.clear()
  }

  /** The local copy is loaded before the provider starts, so what it holds reaches the hub by the sync handshake. */
  private async whenLocalCopyLoaded(): Promise<void> {
    if (!this.local) return
    // A browser that refuses IndexedDB (private mode, policy) still gets a working, online-only document.
    const failed = (this.local as unknown as { _db: Promise<unknown> })._db.then(
      () => new Promise<void>(() => undefined),
      () => undefined,
    )
    await Promise.race([this.local.whenSynced, failed])
  }

  /**
   * Edits from an earlier visit that the hub had not confirmed when that page closed. Known only if this
   * device recorded them; a local copy with no record is "some, count unknown".
   */
  private carriedOverEdits(): number | null {
    const hasLocalState = this.doc.store.clients.size > 0
    if (!hasLocalState) return 0
    const recorded = readPendingEdits(this.options.docName)
    return recorded === undefined ? null : recorded
  }

  private connect(socket: ReturnType<typeof liveSocket>): void {
    const { docName, token, user, facilitator } = this.options
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: docName,
      token,
      document: this.doc,
    })
    this.provider = provider
    provider.setAwarenessField('user', user)
    if (facilitator) provider.setAwarenessField('facilitator', true)

    this.signals.socketConnected = socket.status === WebSocketStatus.Connected
    provider.on('status', ({ status }: { status: WebSocketStatus }) => {
      this.signals.socketConnected = status === WebSocketStatus.Connected
      if (status === WebSocketStatus.Disconnected) this.signals.connectionFailed = true
      this.update()
    })
    provider.on('synced', () => this.update())
    provider.on('unsyncedChanges', () => this.update())
    // The hub says when its disk is full or its database damaged: why edits wait, shown in words.
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const state = storeStateOfMessage(payload)
      if (state) setDeviceStoreState(state)
    })
    provider.on('authenticated', () => {
      this.signals.refused = false
      this.update()
    })
    provider.on('authenticationFailed', () => {
      this.signals.refused = true
      this.update()
    })
    // The hub took back part of an edit (a locked exercise, the facilitator's part of the plan) and
    // says so: the document already reverted, so the person must read it here, with the text to copy.
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const refused = parseRefusedWrite(payload)
      if (!refused) return
      this.refusals = [...this.refusals, { ...refused, id: this.nextNoticeId++ }].slice(-MAX_NOTICES)
      this.update()
    })
    provider.on('close', () => {
      // The hub ended this document's session while the socket stays open (it does so when the facilitator
      // closes the LAN). Authenticate again: a revoked token is then refused and the page says so.
      if (socket.status === WebSocketStatus.Connected) void this.reauthenticate(provider)
      this.update()
    })
    this.doc.on(
      'update',
      (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        if (!transaction.local) return
        this.signals.pendingEdits = this.signals.pendingEdits === null ? null : this.signals.pendingEdits + 1
        this.update()
      },
    )
    provider.attach()
    this.update()
  }

  private async reauthenticate(provider: HocuspocusProvider): Promise<void> {
    await provider.sendToken()
    if (!this.destroyed) provider.startSync()
  }

  private onBrowserConnectivity = () => {
    this.signals.browserOnline = browserReachesHub()
    this.update()
  }

  private update(): void {
    if (this.destroyed) return
    const provider = this.provider
    if (provider) {
      this.signals.synced = provider.isSynced
      this.signals.unacknowledged = provider.unsyncedChanges
      if (provider.isSynced) this.signals.everSynced = true
    }
    if (provider && isConfirmed(this.signals)) this.signals.pendingEdits = 0
    if (provider && this.storedPending !== this.signals.pendingEdits) {
      this.storedPending = this.signals.pendingEdits
      writePendingEdits(this.options.docName, this.signals.pendingEdits)
    }

    const next: LiveDocumentSnapshot = {
      ready: provider !== null,
      status: deriveSaveStatus(this.signals),
      refusals: this.refusals,
    }
    if (next.ready === this.snapshot.ready && next.refusals === this.snapshot.refusals) {
      if (JSON.stringify(next.status) === JSON.stringify(this.snapshot.status)) return
    }
    this.snapshot = next
    this.listeners.forEach((listener) => listener())
  }
}

function openLocalCopy(docName: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null
  try {
    return new IndexeddbPersistence(docName, doc)
  } catch {
    return null
  }
}
