import { useEffect, useRef } from 'react'
import { shortcutFor, type RunShortcutAction } from './run-shortcuts'

/** Listens for the run-mode shortcuts on the whole window while `enabled` (not while a dialog is open). */
export function useRunShortcuts(handlers: Record<RunShortcutAction, () => void>, enabled: boolean): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const element = event.target instanceof HTMLElement ? event.target : null
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.isComposing,
        target: element && {
          tagName: element.tagName,
          isContentEditable: element.isContentEditable,
          role: element.getAttribute('role'),
          type: element instanceof HTMLInputElement ? element.type : null,
          inDialog: element.closest('[role="dialog"]') !== null,
        },
      })
      if (!action) return
      // Space would scroll the page and arrows would scroll sideways; the shortcut replaces both.
      event.preventDefault()
      latest.current[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
