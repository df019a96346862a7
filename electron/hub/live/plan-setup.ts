import type { afterLoadDocumentPayload, Extension } from '@hocuspocus/server'
import { parseDocName } from '../../../shared/live/doc-names'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { migrateSessionDoc } from '../../../shared/live/session-doc'
import { moveLegacyDots } from '../dot-vote/legacy-dots'
import type { Store } from '../store/store'

/**
 * Brings every live document to the current schema right after it loads (the hub is the only place
 * that does, so two devices never both initialise one). A new plan starts from the county's setup figures;
 * an old plan's dots move out of it into the hub's ballot table.
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
      if (county) moveLegacyDots(this.store, document, ref.workshopId, ref.countyId)
    } else if (ref?.kind === 'session') {
      migrateSessionDoc(document)
    }
  }
}
