import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readPlan } from '../../../../shared/live/plan-doc'
import type { Plan } from '../../../../shared/live/plan-schema'

/**
 * The whole plan as read now, local and remote changes alike. Completeness and the boards read this one
 * object, so they agree with the facilitator's grid and the PDF, which read the plan the same way.
 */
export function usePlan(doc: Y.Doc): Plan {
  const [plan, setPlan] = useState(() => readPlan(doc))
  useEffect(() => {
    const refresh = () => setPlan(readPlan(doc))
    refresh()
    doc.on('update', refresh)
    return () => doc.off('update', refresh)
  }, [doc])
  return plan
}
