import { useEffect, useRef } from 'react'
import type { WorkspaceStep } from './workspace-steps'

/**
 * Opening another step from further down the page (the steps list stays in view beside the work) keeps
 * the scroll position, which can leave the new step's heading under the sticky header or off screen:
 * bring it back to just below the header (the root's scroll-padding, plan.css). The first step shown
 * is left alone, so a reload keeps the browser's own scroll restoration.
 */
export function useStepHeadingInView(step: WorkspaceStep): void {
  const shown = useRef<WorkspaceStep | null>(null)
  useEffect(() => {
    const previous = shown.current
    shown.current = step
    if (previous === null || previous === step) return
    const heading = document.getElementById('step-heading')
    if (!heading) return
    const below = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
    const { top, bottom } = heading.getBoundingClientRect()
    if (top < below || bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' })
  }, [step])
}
