import type {
  afterUnloadDocumentPayload,
  DirectConnection,
  Extension,
  onLoadDocumentPayload,
} from '@hocuspocus/server'
import * as Y from 'yjs'
import { parseDocName, planDocName } from '../../../shared/live/doc-names'
import { galleryRoots } from '../../../shared/review/gallery-exercises'
import { projectUpdate } from './plan-projection'

/** Origin of the hub's writes to a projection: sent to its readers, never stored. */
export const GALLERY_ORIGIN = 'plan-workshop:gallery'

interface Following {
  plan: Y.Doc
  follow: (update: Uint8Array) => void
  connection: DirectConnection
}

/**
 * The read-only projections a gallery walk's readers open when only some exercises are open
 * (`gallery/<workshop>/<county>/<exercises>`): each is built from the county's plan, which the hub keeps
 * open meanwhile, without the closed exercises' content, and follows each of the plan's updates in one
 * transaction with their removal (plan-projection.ts), so no reader is ever sent a closed exercise. Who
 * may open one, and until when, is doc-authorization.ts's; a projection is not stored (it is rebuilt from
 * the plan whenever it loads) and is unloaded with its last reader.
 */
export class GalleryProjections implements Extension {
  extensionName = 'plan-workshop-gallery-projections'
  private readonly following = new Map<string, Following>()

  async onLoadDocument({ documentName, document, instance }: onLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'gallery') return
    const planName = planDocName(ref.workshopId, ref.countyId)
    const connection = await instance.openDirectConnection(planName)
    const plan = instance.documents.get(planName)
    if (!plan) {
      await connection.disconnect()
      throw new Error(`[hub] the plan behind ${documentName} did not load.`)
    }
    const keep = galleryRoots(ref.exercises)
    projectUpdate(document, Y.encodeStateAsUpdate(plan), keep, GALLERY_ORIGIN)
    const follow = (update: Uint8Array) => projectUpdate(document, update, keep, GALLERY_ORIGIN)
    plan.on('update', follow)
    // A destroyed projection (unloaded) follows nothing more, even before afterUnloadDocument runs.
    document.on('destroy', () => plan.off('update', follow))
    this.following.set(documentName, { plan, follow, connection })
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const held = this.following.get(documentName)
    if (!held) return
    this.following.delete(documentName)
    held.plan.off('update', held.follow)
    await held.connection.disconnect()
  }
}
