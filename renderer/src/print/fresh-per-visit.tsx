import { Fragment, type ReactNode } from 'react'
import { useLocation } from 'react-router'

/**
 * Mounts its view afresh on every visit, also a second visit of the same address (each navigation has its
 * own location key): a view printed again must fetch, render and signal ready again.
 */
export function FreshPerVisit({ children }: { children: ReactNode }) {
  const { key } = useLocation()
  return <Fragment key={key}>{children}</Fragment>
}
