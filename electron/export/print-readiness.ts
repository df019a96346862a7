import { PRINT_ERROR_ATTRIBUTE, PRINT_READY_ATTRIBUTE } from '../../shared/export/print-paths'
import { PrintViewError } from './pdf-engine'

/** How long a print view may take to load its data and fonts before the export gives up on it. */
export const PRINT_VIEW_TIMEOUT_MS = 30_000
const POLL_MS = 25

/**
 * Evaluated in the page: resolves with { ready }, { error } or, after a second of no change, null. It
 * waits in the page (a MutationObserver on the two attributes) rather than being polled, so the print
 * starts the moment the view is ready.
 */
export const PRINT_STATE_SCRIPT = `new Promise((resolve) => {
  const root = document.documentElement
  const names = [${JSON.stringify(PRINT_ERROR_ATTRIBUTE)}, ${JSON.stringify(PRINT_READY_ATTRIBUTE)}]
  const read = () => {
    const error = root.getAttribute(names[0])
    if (error !== null) return { error }
    return root.hasAttribute(names[1]) ? { ready: true } : null
  }
  const now = read()
  if (now) return resolve(now)
  const timer = setTimeout(() => {
    observer.disconnect()
    resolve(null)
  }, 1000)
  const observer = new MutationObserver(() => {
    const state = read()
    if (!state) return
    observer.disconnect()
    clearTimeout(timer)
    resolve(state)
  })
  observer.observe(root, { attributes: true, attributeFilter: names })
})`

/** What a print view that never became ready was showing, for the error message. */
const STATE_DESCRIPTION_SCRIPT = `(() => document.readyState + ', fonts ' + document.fonts.status + ': ' +
  (document.body ? document.body.innerText.slice(0, 120) : 'no body'))()`

type PrintState = { ready: true } | { error: string } | null

/**
 * Waits for a loaded print view to be ready, whichever engine drives it: each passes its own way of
 * evaluating a script in the page (page.evaluate, webContents.executeJavaScript).
 */
export async function waitForPrintView(
  evaluate: (script: string) => Promise<unknown>,
  timeoutMs = PRINT_VIEW_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const state = (await evaluate(PRINT_STATE_SCRIPT)) as PrintState
    if (state && 'error' in state) throw new PrintViewError(state.error)
    if (state && 'ready' in state) return
    if (Date.now() > deadline) {
      const shown = await evaluate(STATE_DESCRIPTION_SCRIPT).catch(() => 'unknown')
      throw new PrintViewError(`The print view was not ready after ${timeoutMs / 1000} s (${String(shown)}).`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
