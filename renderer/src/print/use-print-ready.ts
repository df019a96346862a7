import { useEffect } from 'react'
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../../shared/export/print-paths'

/**
 * Tells the printer when the page can be printed: after the document is rendered, laid out, and every
 * font face it uses has loaded (a PDF printed earlier embeds fallback glyphs or none). An error is
 * signalled instead with its sentence, so an export fails at once with a reason rather than timing out.
 */
export function usePrintReady(rendered: boolean, error: string | null): void {
  useEffect(() => {
    const root = document.documentElement
    if (error !== null) {
      root.setAttribute(PRINT_ERROR_ATTRIBUTE, error)
      return
    }
    if (!rendered) return
    let cancelled = false
    // Two frames: the first lays the document out, which is what starts loading the font subsets it needs.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        void document.fonts.ready.then(() => {
          if (!cancelled) root.setAttribute(PRINT_READY_ATTRIBUTE, 'true')
        })
      }),
    )
    return () => {
      cancelled = true
      root.removeAttribute(PRINT_READY_ATTRIBUTE)
    }
  }, [rendered, error])
}
