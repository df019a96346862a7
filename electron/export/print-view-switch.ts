import { PRINT_SHOW_FUNCTION } from '../../shared/export/print-paths'

/**
 * Evaluated in a tab: when it runs the print app, has it show `url`'s print view without loading the page
 * again (renderer/src/print/print-view-switch.ts) and answer true; false where it does not (a fresh tab,
 * another page, a print app from before this switch existed), and the engine loads the page as before.
 */
export function showPrintViewScript(url: string): string {
  const { pathname, search } = new URL(url)
  return `(() => {
  const show = window[${JSON.stringify(PRINT_SHOW_FUNCTION)}]
  if (typeof show !== 'function') return false
  show(${JSON.stringify(pathname + search)})
  return true
})()`
}

/** Whether a tab showing `current` can switch to `next` in place: the same hub, both print addresses. */
export function canSwitchInPlace(current: string, next: string): boolean {
  try {
    const [from, to] = [new URL(current), new URL(next)]
    return (
      from.origin === to.origin && from.pathname.startsWith('/print/') && to.pathname.startsWith('/print/')
    )
  } catch {
    return false
  }
}
