import { useEffect } from 'react'
import { STEP_EDITORS } from './step-editors'
import type { WorkspaceStep } from './workspace-steps'

/**
 * Once the device is idle, fetches the code of the step after the open one, so that "next" opens at
 * once. Only that one: prefetching every step would bring each phone all the editors on its first visit.
 */
export function useStepPrefetch(steps: readonly WorkspaceStep[], current: WorkspaceStep): void {
  useEffect(() => {
    const next = steps[steps.indexOf(current) + 1]
    if (next === undefined) return
    const preload = () => void STEP_EDITORS[next].preload().catch(() => undefined)
    // Safari has no requestIdleCallback; a timeout keeps it off the critical path there too.
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(preload, { timeout: 5000 })
      return () => window.cancelIdleCallback(handle)
    }
    const handle = window.setTimeout(preload, 2000)
    return () => window.clearTimeout(handle)
  }, [steps, current])
}
