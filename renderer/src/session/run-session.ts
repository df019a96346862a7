import { createContext, useContext, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { hasRunState, readRunState, type RunState } from '../../../shared/session/run-state'
import type { LiveUser } from '../live/live-document'
import { useSessionDocument } from '../live/use-session-document'

export interface RunSession {
  /** What the facilitator has set; null until the session document has arrived. */
  run: RunState | null
  /** The document to write to (the facilitator's windows only; groups hold a read-only connection). */
  doc: Y.Doc | null
}

export const NO_RUN_SESSION: RunSession = { run: null, doc: null }

/** The run state of the page's workshop, for the plan's header and steps. */
export const RunSessionContext = createContext<RunSession>(NO_RUN_SESSION)

export function useRunSession(): RunSession {
  return useContext(RunSessionContext)
}

/** The run state of a document, re-read on every change. */
export function useRunState(doc: Y.Doc | null): RunState | null {
  const [run, setRun] = useState<RunState | null>(null)
  useEffect(() => {
    if (!doc) return
    const refresh = () => setRun(hasRunState(doc) ? readRunState(doc) : null)
    refresh()
    doc.on('update', refresh)
    return () => {
      doc.off('update', refresh)
      setRun(null)
    }
  }, [doc])
  return run
}

/** Opens the workshop's session document (shared with the dot-vote step) and reads its run state. */
export function useOpenRunSession(
  workshopId: string,
  token: string,
  user: LiveUser,
  facilitator: boolean,
): RunSession {
  const { doc } = useSessionDocument(workshopId, token, user, facilitator)
  const run = useRunState(doc)
  return { run, doc }
}
