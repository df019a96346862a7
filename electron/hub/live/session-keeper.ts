import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  DirectConnection,
  Extension,
  Hocuspocus,
} from '@hocuspocus/server'
import type * as Y from 'yjs'
import { parseDocName, sessionDocName } from '../../../shared/live/doc-names'

interface Held {
  plans: Set<string>
  connection: Promise<DirectConnection>
}

/**
 * Keeps a workshop's session document open on the hub while any of its plans is loaded, so the locks
 * and the timer the write rules check are the hub's own live state, never a copy that could lag. A plan
 * finishes loading only once its session is open, so no write of a group is judged without it.
 */
export class SessionKeeper implements Extension {
  extensionName = 'plan-workshop-session-keeper'
  private readonly held = new Map<string, Held>()
  private hocuspocus: Hocuspocus | null = null

  /** The session document of a workshop, if the hub holds it (always, while one of its plans is loaded). */
  session(workshopId: string): Y.Doc | null {
    return this.hocuspocus?.documents.get(sessionDocName(workshopId)) ?? null
  }

  async afterLoadDocument({ documentName, instance }: afterLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'plan') return
    this.hocuspocus = instance
    let held = this.held.get(ref.workshopId)
    if (!held) {
      held = { plans: new Set(), connection: instance.openDirectConnection(sessionDocName(ref.workshopId)) }
      this.held.set(ref.workshopId, held)
    }
    held.plans.add(documentName)
    await held.connection
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'plan') return
    const held = this.held.get(ref.workshopId)
    if (!held) return
    held.plans.delete(documentName)
    if (held.plans.size > 0) return
    this.held.delete(ref.workshopId)
    await (await held.connection).disconnect()
  }
}
