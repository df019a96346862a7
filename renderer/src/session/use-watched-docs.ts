import { useEffect, useMemo, useState } from 'react'
import { WatchedDoc, type WatchedDocState } from './watched-doc'

export interface WatchedView<T> extends WatchedDocState {
  /** What `read` made of the document at the last refresh. */
  value: T
}

/** How often a busy document is re-read: a room full of typing must not re-render the grid on every key. */
const REFRESH_MS = 400

/**
 * Watches several live documents (by key → name) with one token and re-reads each with `read` when it
 * changes, at most every REFRESH_MS. Documents that leave the list are closed; new ones are opened.
 */
export function useWatchedDocs<T>(
  names: Readonly<Record<string, string>>,
  token: string | null,
  read: (doc: WatchedDoc['doc']) => T,
): Record<string, WatchedView<T>> {
  const namesKey = JSON.stringify(Object.entries(names).sort())
  const [views, setViews] = useState<Record<string, WatchedView<T>>>({})
  const stableNames = useMemo(
    () => Object.fromEntries(JSON.parse(namesKey) as [string, string][]),
    [namesKey],
  )

  useEffect(() => {
    if (!token) return
    const watched = Object.entries(stableNames).map(([key, name]) => ({
      key,
      doc: new WatchedDoc(name, token),
    }))
    const dirty = new Set<string>(watched.map(({ key }) => key))
    let timer: number | null = null
    const flush = () => {
      timer = null
      const changed = watched.filter(({ key }) => dirty.has(key))
      dirty.clear()
      if (changed.length === 0) return
      setViews((previous) => {
        const next = { ...previous }
        for (const { key, doc } of changed) next[key] = { ...doc.getState(), value: read(doc.doc) }
        return next
      })
    }
    const unsubscribes = watched.map(({ key, doc }) =>
      doc.subscribe(() => {
        dirty.add(key)
        timer ??= window.setTimeout(flush, REFRESH_MS)
      }),
    )
    flush()
    return () => {
      if (timer !== null) window.clearTimeout(timer)
      unsubscribes.forEach((unsubscribe) => unsubscribe())
      watched.forEach(({ doc }) => doc.destroy())
      setViews({})
    }
    // `read` is a pure reader; a new function object each render must not reopen every document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stableNames, token])

  return views
}
