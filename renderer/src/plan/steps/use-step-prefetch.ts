import { useEffect } from 'react'
import { afterPageSettles } from '../../app/after-page-settles'
import { STEP_EDITORS } from './step-editors'
import type { WorkspaceStep } from './workspace-steps'

/**
 * Once the open step is on screen and the device is idle, fetches the code of the step after it, so
 * that "next" opens at once. Only that one: prefetching every step would bring each phone all the
 * editors on its first visit.
 */
export function useStepPrefetch(steps: readonly WorkspaceStep[], current: WorkspaceStep): void {
  useEffect(() => {
    const next = steps[steps.indexOf(current) + 1]
    if (next === undefined) return
    return afterPageSettles(() => void STEP_EDITORS[next].preload().catch(() => undefined))
  }, [steps, current])
}
