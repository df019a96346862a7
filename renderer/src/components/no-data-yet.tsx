import { Skeleton } from 'antd'
import { LoadError } from './load-error'

interface QueryLike {
  isError: boolean
  error: unknown
  refetch: () => unknown
}

/**
 * What a screen shows before it has any data: a skeleton, or why loading failed and a retry button.
 * Once data has arrived it stays on screen even if a later refetch fails (the toast says why).
 */
export function NoDataYet({ query }: { query: QueryLike }) {
  return query.isError ? (
    <LoadError error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <Skeleton active />
  )
}
