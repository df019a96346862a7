import type { HocuspocusProvider } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { LiveUser } from '../../live/live-document'
import type { WorkspaceStep } from './workspace-steps'

/** What every step's editor is given: the live plan and who is editing it. */
export interface StepContext {
  workshopId: string
  countyId: string
  /** The bearer token of this device (group or facilitator), for the hub's REST reads. */
  token: string
  facilitator: boolean
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  /** The plan as read now; re-read on every change of the document. */
  plan: Plan
  /** The steps of this workshop's workspace, in agenda order. */
  steps: readonly WorkspaceStep[]
  /** False when this device can no longer save (the join ended): editors show, but do not edit. */
  editable: boolean
}
