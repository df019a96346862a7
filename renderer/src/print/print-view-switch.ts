import type { QueryClient } from '@tanstack/react-query'
import {
  PRINT_ERROR_ATTRIBUTE,
  PRINT_READY_ATTRIBUTE,
  PRINT_SHOW_FUNCTION,
} from '../../../shared/export/print-paths'
import { switchShown, switchStarted } from './print-ready-gate'
import { prefetchPrintData } from './print-prefetch'

interface PrintRouter {
  navigate(to: string, options: { replace: boolean }): Promise<void>
  readonly state: { location: { key: string } }
}

/**
 * Lets a printer show the next print view in this tab (window[PRINT_SHOW_FUNCTION]), which costs a
 * re-render instead of a page load with its scripts, styles and fonts. The ready signal goes at once, so
 * the printer never prints the previous view; cached answers go too, so the view shows the data as it is
 * now, and its requests start before React renders.
 */
export function exposePrintViewSwitch(router: PrintRouter, queryClient: QueryClient): void {
  const show = (address: string) => {
    const root = document.documentElement
    switchStarted()
    root.removeAttribute(PRINT_READY_ATTRIBUTE)
    root.removeAttribute(PRINT_ERROR_ATTRIBUTE)
    queryClient.clear()
    prefetchPrintData(new URL(address, window.location.origin).pathname)
    void router.navigate(address, { replace: true }).then(() => switchShown(router.state.location.key))
  }
  Object.assign(window, { [PRINT_SHOW_FUNCTION]: show })
}
