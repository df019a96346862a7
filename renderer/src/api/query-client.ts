import { QueryClient } from '@tanstack/react-query'
import { HubError } from './hub-error'

/**
 * Setup data is edited by one facilitator, so there is no refetch on window focus: it would only risk
 * replacing a form the facilitator is filling in. Only an unreachable hub is worth retrying.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        retry: (failureCount, error) => error instanceof HubError && error.status === 0 && failureCount < 2,
      },
      mutations: { retry: false },
    },
  })
}
