import { type RefObject, useEffect } from 'react'

/** The sticky plan header's height, for scroll-padding and the steps list below it (plan.css, steps.css). */
const PLAN_HEADER_HEIGHT = '--plan-header-height'

/**
 * Publishes the plan header's height on the root element while it is sticky (0 where it scrolls away, on
 * phones): it grows and shrinks with the people present and the room strip, so no fixed number fits.
 */
export function useStickyHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = header.current
    if (!element) return
    const root = document.documentElement
    const publish = () => {
      const sticky = getComputedStyle(element).position === 'sticky'
      root.style.setProperty(PLAN_HEADER_HEIGHT, `${sticky ? element.getBoundingClientRect().height : 0}px`)
    }
    publish()
    const observer = new ResizeObserver(publish)
    observer.observe(element)
    // Crossing the phone breakpoint switches stickiness without always changing the height.
    window.addEventListener('resize', publish)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', publish)
      root.style.removeProperty(PLAN_HEADER_HEIGHT)
    }
  }, [header])
}
