import { useEffect, useRef } from 'react'
import type { WorkspaceStep } from './workspace-steps'

/** How long after opening a step its late layout (its code arriving over the Wi-Fi) is still followed. */
const SETTLE_MS = 1500

/** What a person does that says they have started working on the step. */
const PERSON_ACTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const

/** Brings the step heading to just below the sticky header when it is under it or off screen. */
function headingIntoView(): void {
  const heading = document.getElementById('step-heading')
  if (!heading) return
  const below = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
  const { top, bottom } = heading.getBoundingClientRect()
  if (top < below || bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' })
}

/**
 * Opening another step from further down the page (the steps list stays in view beside the work) keeps
 * the scroll position, which can leave the new step's heading under the sticky header or off screen:
 * bring it back to just below the header (the root's scroll-padding, plan.css). A step's editor arrives
 * as its own chunk and changes the page's height when it does, so the check is repeated as the step
 * settles — until the person acts. The first step shown is left alone, so a reload keeps the browser's
 * own scroll restoration.
 */
export function useStepHeadingInView(step: WorkspaceStep): void {
  const shown = useRef<WorkspaceStep | null>(null)
  useEffect(() => {
    const previous = shown.current
    shown.current = step
    if (previous === null || previous === step) return
    headingIntoView()
    const section = document.querySelector('.plan-step')
    if (!section || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => headingIntoView())
    observer.observe(section)
    // Once the person acts (scrolls, clicks, types), the page is theirs: a step growing under their hands
    // (a row added, a card typed into) must not pull them back to the heading.
    const stop = () => {
      window.clearTimeout(timer)
      observer.disconnect()
      for (const event of PERSON_ACTS) window.removeEventListener(event, stop, true)
    }
    const timer = window.setTimeout(stop, SETTLE_MS)
    for (const event of PERSON_ACTS) window.addEventListener(event, stop, { capture: true, passive: true })
    return stop
  }, [step])
}
