import type { afterUnloadDocumentPayload, Extension, onLoadDocumentPayload } from '@hocuspocus/server'
import * as Y from 'yjs'
import { parseDocName, planDocName } from '../../../shared/live/doc-names'
import { galleryRoots } from '../../../shared/review/gallery-exercises'
import { projectUpdate } from './plan-projection'
import { ProjectionSources } from './projection-sources'

/** Origin of the hub's writes to a projection: sent to its readers, never stored. */
export const GALLERY_ORIGIN = 'plan-workshop:gallery'

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
  private readonly sources = new ProjectionSources()

  async onLoadDocument({ documentName, document, instance }: onLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'gallery') return
    const keep = galleryRoots(ref.exercises)
    const plan = await this.sources.follow(
      instance,
      planDocName(ref.workshopId, ref.countyId),
      documentName,
      document,
      (update) => projectUpdate(document, update, keep, GALLERY_ORIGIN),
    )
    projectUpdate(document, Y.encodeStateAsUpdate(plan), keep, GALLERY_ORIGIN)
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    await this.sources.release(documentName)
  }
}
