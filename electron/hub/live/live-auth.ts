import type { Extension, onAuthenticatePayload } from '@hocuspocus/server'
import type { AccessScope } from '../../../shared/join/join-schema'
import { parseDocName } from '../../../shared/live/doc-names'
import type { AccessService } from '../access/access-service'
import { docAccess } from '../access/doc-authorization'
import type { Store } from '../store/store'
import { RefusalLog } from './refusal-log'
import { currentReviewRound } from './review-round-reader'

/**
 * A refusal whose `reason` (a message key) Hocuspocus passes on to the client. Its message is empty on
 * purpose: Hocuspocus logs every hook error that has one (`[onAuthenticate] auth.required` on each
 * reconnect attempt); the RefusalLog says it once per device instead, in words.
 */
export class LiveAuthError extends Error {
  constructor(readonly reason: 'auth.required' | 'auth.forbidden') {
    super('')
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
    private readonly refusals = new RefusalLog(store),
  ) {}

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
    request,
    instance,
  }: onAuthenticatePayload): Promise<LiveContext> {
    const scope = this.access.verify(token)
    if (!scope) {
      this.refusals.note({ reason: 'auth.required', token, remoteAddress: request?.socket?.remoteAddress })
      throw new LiveAuthError('auth.required')
    }
    const doc = parseDocName(documentName)
    const round = () => (doc ? currentReviewRound(instance, this.store, doc.workshopId) : null)
    // Only a group opening another county's documents depends on the round; nobody else pays to read it.
    const reviewing =
      scope.kind === 'group' &&
      doc !== null &&
      doc.kind !== 'session' &&
      (doc.countyId !== scope.countyId || doc.kind === 'gallery' || doc.kind === 'galleryComments')
    const access = doc && this.exists(doc) ? docAccess(scope, doc, reviewing ? round() : null) : 'deny'
    if (access === 'deny') {
      this.refusals.note({ reason: 'auth.forbidden', token, scope, documentName })
      throw new LiveAuthError('auth.forbidden')
    }
    connectionConfig.readOnly = access === 'read'
    return { scope }
  }

  /** Documents exist only for workshops and counties that do: no plan for a deleted county. */
  private exists(doc: NonNullable<ReturnType<typeof parseDocName>>): boolean {
    if (doc.kind === 'session') return this.store.workshops.get(doc.workshopId) !== null
    return this.store.counties.get(doc.workshopId, doc.countyId) !== null
  }
}
