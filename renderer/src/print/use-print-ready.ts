import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../../shared/export/print-paths'
import { whenMayShowReady } from './print-ready-gate'

/**
 * The font the running header and page numbers are drawn in (print.css @page margin boxes): the page's
 * stack, which follows <html lang> (fonts.css).
 */
const marginFont = () => `400 8pt ${getComputedStyle(document.documentElement).fontFamily}`

/**
 * Tells the printer when the page can be printed: after the document is rendered, laid out, and every
 * font face it uses has loaded (a PDF printed earlier embeds fallback glyphs or none). `marginText` is
 * the running header and page-number text: it is only laid out when printing, so its font subsets are
 * loaded explicitly. An error is signalled instead with its sentence, so an export fails at once with a
 * reason rather than timing out.
 */
export function usePrintReady(rendered: boolean, error: string | null, marginText = ''): void {
  const { key } = useLocation()
  useEffect(() => {
    const root = document.documentElement
    if (error !== null) return whenMayShowReady(key, () => root.setAttribute(PRINT_ERROR_ATTRIBUTE, error))
    if (!rendered) return
    let cancelled = false
    let cancelSignal: (() => void) | undefined
    // Reading a layout value lays the document out now, which is what starts loading the subsets it uses.
    void document.body.offsetHeight
    void Promise.all([document.fonts.load(marginFont(), marginText || ' '), document.fonts.ready]).then(
      () => {
        if (!cancelled)
          cancelSignal = whenMayShowReady(key, () => root.setAttribute(PRINT_READY_ATTRIBUTE, 'true'))
      },
    )
    return () => {
      cancelled = true
      cancelSignal?.()
      root.removeAttribute(PRINT_READY_ATTRIBUTE)
    }
  }, [rendered, error, marginText, key])
}
