import type { DirectConnection, Hocuspocus } from '@hocuspocus/server'
import type * as Y from 'yjs'

interface Following {
  source: Y.Doc
  follow: (update: Uint8Array) => void
  connection: DirectConnection
}

/**
 * The documents the hub's gallery projections are built from (a county's plan, its comments), each held
 * open by the hub and followed while a projection of it is loaded, and let go when the projection unloads.
 */
export class ProjectionSources {
  private readonly following = new Map<string, Following>()

  /**
   * Opens `sourceName` for the projection `projection` (named `projectionName`) and calls `onUpdate` with
   * each of its updates (and the source) from now on; returns the source document.
   */
  async follow(
    instance: Hocuspocus,
    sourceName: string,
    projectionName: string,
    projection: Y.Doc,
    onUpdate: (update: Uint8Array, source: Y.Doc) => void,
  ): Promise<Y.Doc> {
    const connection = await instance.openDirectConnection(sourceName)
    const source = instance.documents.get(sourceName)
    if (!source) {
      await connection.disconnect()
      throw new Error(`[hub] the document behind ${projectionName} did not load.`)
    }
    const follow = (update: Uint8Array) => onUpdate(update, source)
    source.on('update', follow)
    // A destroyed projection (unloaded) follows nothing more, even before release() runs.
    projection.on('destroy', () => source.off('update', follow))
    this.following.set(projectionName, { source, follow, connection })
    return source
  }

  /** Stops following for a projection that unloaded, and lets its source go. */
  async release(projectionName: string): Promise<void> {
    const held = this.following.get(projectionName)
    if (!held) return
    this.following.delete(projectionName)
    held.source.off('update', held.follow)
    await held.connection.disconnect()
  }
}
