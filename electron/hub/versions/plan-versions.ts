import type { Hocuspocus } from '@hocuspocus/server'
import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import { planDocName } from '../../../shared/live/doc-names'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { readPlan } from '../../../shared/live/plan-read'
import { comparePlans } from '../../../shared/versions/plan-comparison'
import { changeMark, docFromDeltas, revertUpdate, versionDelta } from '../../../shared/versions/version-chain'
import type {
  VersionInfo,
  VersionKind,
  VersionPreview,
  VersionRestored,
} from '../../../shared/versions/version-schema'
import { readCountyPlan } from '../api/plan-reader'
import { changeLiveDoc, readLiveDoc } from '../dot-vote/live-reads'
import { notFound } from '../http/api-errors'
import { FACILITATOR_WRITER, type StoredVersion } from '../store/repositories/plan-version-repository'
import type { Store } from '../store/store'

/** Origin of the update a restore applies to the live document (committed and sent like any edit). */
export const RESTORE_ORIGIN = 'plan-workshop:restore-version'
/** How often a plan that changed gets an automatic version, unless a test says otherwise. */
export const VERSION_INTERVAL_MS = 5 * 60_000

const digestOf = (mark: Uint8Array) => createHash('sha256').update(mark).digest()
const equal = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

const info = ({
  docName: _d,
  delta: _b,
  stateVector: _s,
  digest: _g,
  ...version
}: StoredVersion): VersionInfo => version

export interface PlanVersionsOptions {
  intervalMs?: number
  /** Resolves once every live change so far is committed (a restore answers after its update is). */
  committed(): Promise<void>
  /** False once the database file is known to be damaged: nothing more is written to it. */
  writable(): boolean
}

/**
 * Versions of the county plans, kept by the hub: when the room moves on or an exercise is locked (the
 * version triggers), every few minutes while a plan changes, by hand, and before a restore. Each is a
 * delta against the plan's previous version (shared/versions/version-chain.ts), taken from the live
 * document when devices have it open (it holds edits still being committed), else from SQLite.
 */
export class PlanVersions {
  /** Plans changed since the interval last looked. */
  private readonly changed = new Set<string>()
  /** Writers already noted since each plan's last version (saves a write per keystroke). */
  private readonly noted = new Map<string, Set<string>>()
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly store: Store,
    private readonly hocuspocus: Hocuspocus,
    private readonly options: PlanVersionsOptions,
  ) {
    this.timer = setInterval(() => void this.keepChanged(), options.intervalMs ?? VERSION_INTERVAL_MS)
    this.timer.unref()
  }

  /** A change to a plan; `writer` is the member's name, FACILITATOR_WRITER, or null for the hub's own. */
  noteChange(docName: string, writer: string | null): void {
    // The hub's own changes (setting a plan up, a migration) wait for a person's edit to be kept.
    if (writer === null) return
    this.changed.add(docName)
    if (!this.options.writable()) return
    let names = this.noted.get(docName)
    if (!names) this.noted.set(docName, (names = new Set()))
    if (names.has(writer)) return
    try {
      this.store.planVersions.noteWriter(docName, writer)
      names.add(writer)
    } catch (error) {
      // A full disk: the edit itself is kept by the devices and the commit batcher; only the name waits.
      console.error('[hub] could not note who edited a plan; trying again with the next edit.', String(error))
    }
  }

  list(workshopId: string, countyId: string): VersionInfo[] {
    if (!this.store.counties.get(workshopId, countyId)) throw notFound()
    return this.store.planVersions.list(planDocName(workshopId, countyId)).map(info)
  }

  /**
   * Keeps a version of a plan; `onlyIfChanged` skips it when nothing was added or deleted since the
   * last one (automatic versions). Null when skipped, or when the plan was never written.
   */
  async keep(
    docName: string,
    kind: VersionKind,
    label = '',
    onlyIfChanged = kind !== 'manual' && kind !== 'before-restore',
  ): Promise<VersionInfo | null> {
    return readLiveDoc(this.store, this.hocuspocus, docName, (doc) => {
      if (doc.store.clients.size === 0) return null
      const last = this.store.planVersions.last(docName)
      const digest = digestOf(changeMark(doc))
      if (onlyIfChanged && last && equal(last.digest, digest)) return null
      const version = this.store.planVersions.add({
        docName,
        kind,
        label,
        delta: versionDelta(doc, last?.stateVector ?? null),
        stateVector: Y.encodeStateVector(doc),
        digest,
      })
      this.noted.delete(docName)
      return info(version)
    })
  }

  /** "Save version": kept even when nothing changed, since the label marks a moment of the class. */
  async save(workshopId: string, countyId: string, label: string): Promise<VersionInfo> {
    if (!this.store.counties.get(workshopId, countyId)) throw notFound()
    const docName = planDocName(workshopId, countyId)
    const kept = await this.keep(docName, 'manual', label)
    if (kept) return kept
    // A plan nobody has opened yet: set it up as its first device would, then keep it.
    await changeLiveDoc(this.hocuspocus, docName, () => undefined)
    return (await this.keep(docName, 'manual', label))!
  }

  /** Versions of every county plan of a workshop (the room moved on), or of one county's (its lock). */
  async keepWorkshop(workshopId: string, kind: VersionKind, countyId: string | null = null): Promise<void> {
    for (const county of this.store.counties.list(workshopId)) {
      if (countyId !== null && county.id !== countyId) continue
      await this.keepQuietly(planDocName(workshopId, county.id), kind)
    }
  }

  /** A version as it was and what changed from it to now, per exercise. */
  async preview(workshopId: string, countyId: string, id: number): Promise<VersionPreview> {
    const county = this.store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    const { version, doc } = this.rebuild(planDocName(workshopId, countyId), id)
    try {
      const plan = readPlan(doc)
      const now = await readCountyPlan(this.store, this.hocuspocus, workshopId, county)
      return { version, plan, changes: comparePlans(plan, now) }
    } finally {
      doc.destroy()
    }
  }

  /**
   * Makes the plan equal to a version: the current state is kept as a version first, then the difference
   * is applied to the live document as one update of the hub's, so every connected device receives it
   * as an edit (nothing is replaced under them, and what they type meanwhile merges as usual).
   */
  async restore(workshopId: string, countyId: string, id: number): Promise<VersionRestored> {
    const county = this.store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    const docName = planDocName(workshopId, countyId)
    const { version, doc: old } = this.rebuild(docName, id)
    try {
      const keptAs = await this.keep(docName, 'before-restore')
      await changeLiveDoc(this.hocuspocus, docName, (doc) => {
        Y.applyUpdate(doc, revertUpdate(doc, old), RESTORE_ORIGIN)
        // A version kept by an older app has an older plan schema: the plan stays at this one's.
        migratePlanDoc(doc, county)
      })
      this.noteChange(docName, FACILITATOR_WRITER)
      await this.options.committed()
      return { restored: version, keptAs: keptAs! }
    } finally {
      old.destroy()
    }
  }

  /** The database was replaced (a backup restored): what is known of writers belongs to the old one. */
  forget(): void {
    this.noted.clear()
    this.changed.clear()
  }

  close(): void {
    clearInterval(this.timer)
  }

  private rebuild(docName: string, id: number): { version: VersionInfo; doc: Y.Doc } {
    const chain = this.store.planVersions.chain(docName, id)
    const version = chain.at(-1)
    if (!version || version.id !== id) throw notFound()
    return { version: info(version), doc: docFromDeltas(chain.map((entry) => entry.delta)) }
  }

  private async keepChanged(): Promise<void> {
    if (!this.options.writable()) return
    const names = [...this.changed]
    this.changed.clear()
    for (const name of names) await this.keepQuietly(name, 'auto')
  }

  /** An automatic version that cannot be kept (a full disk) is logged; the next trigger tries again. */
  private async keepQuietly(docName: string, kind: VersionKind): Promise<void> {
    if (!this.options.writable()) return
    try {
      await this.keep(docName, kind)
    } catch (error) {
      this.changed.add(docName)
      console.error(`[hub] no ${kind} version of ${docName} was kept this time.`, String(error))
    }
  }
}
