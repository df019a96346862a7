import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server'
import { parseDocName } from '../../../shared/live/doc-names'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { migrateSessionDoc } from '../../../shared/live/session-doc'
import type { Store } from '../store/store'

/**
 * Brings every live document to the current schema right after it loads (the hub is the only place
 * that does, so two devices never both initialise one). A new plan starts from the county's setup figures.
 */
export class PlanSetup implements Extension {
  extensionName = 'plan-workshop-doc-setup'
  priority = 500

  constructor(private readonly store: Store) {}

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind === 'plan') {
      const county = this.store.counties.get(ref.workshopId, ref.countyId)
      migratePlanDoc(document, county ?? {})
    } else if (ref?.kind === 'session') {
      migrateSessionDoc(document)
    }
  }
}
