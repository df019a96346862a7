/**
 * Which print view may say "ready" while the print app switches views in place (print-view-switch.ts).
 * The view being left stays mounted until the navigation commits, and may finish loading its data or
 * fonts meanwhile: without this gate it could signal ready for the previous county after the printer
 * asked for the next one, and the printer would print the wrong plan.
 */
let switching = false
let shownKey: string | null = null
const waiting = new Set<() => void>()

/** A switch started: no view signals ready until the next one is shown. */
export function switchStarted(): void {
  switching = true
}

/** The switch committed: only the view at this location (its router key) may signal ready. */
export function switchShown(locationKey: string): void {
  switching = false
  shownKey = locationKey
  for (const retry of [...waiting]) retry()
}

const mayShowReady = (locationKey: string) => !switching && (shownKey === null || shownKey === locationKey)

/**
 * Runs `signal` once the view at `locationKey` may signal ready: now, or when the switch that is under
 * way shows it (the new view can finish loading before the navigation reports it committed). Returns
 * a cancel for a view that goes away first.
 */
export function whenMayShowReady(locationKey: string, signal: () => void): () => void {
  if (mayShowReady(locationKey)) {
    signal()
    return () => undefined
  }
  const retry = () => {
    if (!mayShowReady(locationKey)) return
    waiting.delete(retry)
    signal()
  }
  waiting.add(retry)
  return () => waiting.delete(retry)
}
