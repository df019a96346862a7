import type { afterLoadDocumentPayload, Extension, onChangePayload } from '@hocuspocus/server'
import type * as Y from 'yjs'
import { parseDocName } from '../../../shared/live/doc-names'
import { sessionState } from '../../../shared/live/session-doc'
import { parseLockKey, sessionLocks } from '../../../shared/session/run-state'
import type { LiveContext } from '../live/live-auth'
import { FACILITATOR_WRITER } from '../store/repositories/plan-version-repository'
import type { PlanVersions } from './plan-versions'

/** Who wrote a change, as a plan's versions name them; null for the hub's own changes. */
function writerOf(context: unknown): string | null {
  const scope = (context as Partial<LiveContext> | undefined)?.scope
  if (scope?.kind === 'facilitator') return FACILITATOR_WRITER
  if (scope?.kind === 'group') return scope.displayName.trim() || null
  return null
}

/**
 * When the hub keeps versions by itself: each change to a plan is noted with its writer (for the
 * interval's versions and the list's "who edited"), and the session document is watched for the moments
 * a class turns a page: an exercise locked (that county's plan, or every county's) and the current agenda
 * item changed (every county's). Only plans that changed since their last version get one.
 */
export class VersionTriggers implements Extension {
  extensionName = 'plan-workshop-version-triggers'

  // A getter: the versions need the Hocuspocus instance this extension is configured into.
  constructor(private readonly plans: () => PlanVersions) {}

  private get versions(): PlanVersions {
    return this.plans()
  }

  async onChange({ documentName, context }: onChangePayload): Promise<void> {
    if (parseDocName(documentName)?.kind === 'plan') this.versions.noteChange(documentName, writerOf(context))
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const ref = parseDocName(documentName)
    if (ref?.kind !== 'session') return
    const { workshopId } = ref
    sessionLocks(document).observe((event) => {
      for (const key of event.keysChanged) {
        const entry = sessionLocks(document).get(key) === true ? parseLockKey(key) : null
        if (entry) void this.versions.keepWorkshop(workshopId, 'lock', entry.countyId)
      }
    })
    sessionState(document).observe((event: Y.YMapEvent<unknown>) => {
      if (!event.keysChanged.has('currentItemId')) return
      const change = event.changes.keys.get('currentItemId')
      const now = sessionState(document).get('currentItemId')
      // Setting up a new session document (no item before, none now) moves nothing on.
      if (change && change.oldValue === now) return
      if ((change?.oldValue ?? null) === null && now === null) return
      void this.versions.keepWorkshop(workshopId, 'agenda')
    })
  }
}
