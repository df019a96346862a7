import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { LoadingState } from './loading-state'

/** A component whose code is fetched the first time it renders, or earlier through preload(). */
export type LazyComponent<P extends object> = ComponentType<P> & { preload(): Promise<unknown> }

/**
 * Wraps a dynamic import so that a screen or step ships in its own chunk: a phone that joins never
 * downloads the facilitator's screens. While the chunk loads, `fallback` (by default a loading line in
 * the reader's language) stands in its place; preload() lets idle time fetch it before it is opened.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = <LoadingState />,
): LazyComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null
  // A failed download (Wi-Fi dropped) is forgotten, so the next render or preload tries again.
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        loading = null
        throw error
      },
    ))
  const Lazy = lazy(preload)
  function LazyBoundary(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    )
  }
  return Object.assign(LazyBoundary, { preload })
}
