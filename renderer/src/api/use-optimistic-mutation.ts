import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { App } from 'antd'
import { useLanguage } from '../i18n/use-language'
import { errorSentence, HubError } from './hub-error'

interface OptimisticOptions<TData, TVariables, TCache> {
  /** The cached resource the change shows up in at once. */
  queryKey: QueryKey
  mutationFn: (variables: TVariables) => Promise<TData>
  /** The cache as it will be once the hub has accepted the change. */
  apply: (current: TCache | undefined, variables: TVariables) => TCache | undefined
  /** Other resources the change affects (e.g. counts on the workshop list), refetched once it settles. */
  alsoInvalidate?: QueryKey[]
}

/**
 * A change shown before the hub confirms it. If the hub refuses it (or cannot be reached), the cache goes
 * back to what the hub last said and the user is told why, in the hub's words; the list then refetches so
 * it shows exactly what SQLite committed.
 */
export function useOptimisticMutation<TData, TVariables, TCache>(
  options: OptimisticOptions<TData, TVariables, TCache>,
) {
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const language = useLanguage()
  const { queryKey, mutationFn, apply, alsoInvalidate = [] } = options

  return useMutation({
    mutationFn,
    onMutate: async (variables: TVariables) => {
      // A fetch still in flight would overwrite the optimistic value with the old one.
      await queryClient.cancelQueries({ queryKey, exact: true })
      const previous = queryClient.getQueryData<TCache>(queryKey)
      queryClient.setQueryData<TCache>(queryKey, (current) => apply(current, variables))
      return { previous }
    },
    onError: (error, _variables, context) => {
      queryClient.setQueryData(queryKey, context?.previous)
      // The hub words its refusals itself; anything else gets the catalogue's generic sentence.
      void message.error(error instanceof HubError ? error.message : errorSentence(error, language))
    },
    onSettled: async () => {
      await Promise.all(
        [queryKey, ...alsoInvalidate].map((key) =>
          queryClient.invalidateQueries({ queryKey: key, exact: true }),
        ),
      )
    },
  })
}
