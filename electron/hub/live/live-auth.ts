import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import type { AccessScope } from '../../../shared/join/join-schema'
import { parseDocName } from '../../../shared/live/doc-names'
import type { AccessService } from '../access/access-service'
import { docAccess } from '../access/doc-authorization'
import type { Store } from '../store/store'

/** A refusal whose `reason` (a message key) Hocuspocus passes on to the client. */
export class LiveAuthError extends Error {
  constructor(readonly reason: 'auth.required' | 'auth.forbidden') {
    super(reason)
  }
}

/** What a live connection carries after authentication. */
export interface LiveContext {
  scope: AccessScope
}

/**
 * Per-document authorization, decided from the token and the document name before any sync:
 * refused connections never see a byte of the document; read-only ones cannot change it.
 */
export class LiveAuth implements Extension {
  extensionName = 'plan-workshop-auth'

  constructor(
    private readonly access: AccessService,
    private readonly store: Store,
  ) {}

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<LiveContext> {
    const scope = this.access.verify(token)
    if (!scope) throw new LiveAuthError('auth.required')
    const doc = parseDocName(documentName)
    if (!doc || !this.exists(doc)) throw new LiveAuthError('auth.forbidden')
    const access = docAccess(scope, doc)
    if (access === 'deny') throw new LiveAuthError('auth.forbidden')
    connectionConfig.readOnly = access === 'read'
    return { scope }
  }

  /** Documents exist only for workshops and counties that do: no plan for a deleted county. */
  private exists(doc: NonNullable<ReturnType<typeof parseDocName>>): boolean {
    if (doc.kind === 'session') return this.store.workshops.get(doc.workshopId) !== null
    return this.store.counties.get(doc.workshopId, doc.countyId) !== null
  }
}
