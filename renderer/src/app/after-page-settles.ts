/**
 * Runs `load` once the page has had its first second and then an idle moment: for code fetched ahead of
 * need (the text editor, the next step), so that it never competes with what the screen needs to appear.
 * Returns a cancel function.
 */
export function afterPageSettles(load: () => void): () => void {
  let idle: number | undefined
  const settle = window.setTimeout(() => {
    // Safari has no requestIdleCallback; the timeout already kept it off the critical path there.
    if (typeof window.requestIdleCallback === 'function')
      idle = window.requestIdleCallback(load, { timeout: 5000 })
    else load()
  }, 1000)
  return () => {
    window.clearTimeout(settle)
    if (idle !== undefined) window.cancelIdleCallback(idle)
  }
}
