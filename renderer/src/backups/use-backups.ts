import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'

/** How often the header asks the hub about its database; more often while something is wrong. */
const STATUS_POLL_MS = 5000
const STATUS_POLL_TROUBLE_MS = 1500

export function useStoreStatus(enabled = true) {
  return useQuery({
    queryKey: queryKeys.storeStatus,
    queryFn: () => hubApi.call('getStoreStatus'),
    enabled,
    refetchInterval: (query) => (query.state.data?.state === 'ok' ? STATUS_POLL_MS : STATUS_POLL_TROUBLE_MS),
    // A hub being restarted (after a recovery) answers nothing for a moment; the next poll will.
    retry: false,
  })
}

export function useBackups() {
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => hubApi.call('listBackups') })
}

function useRefreshAfter() {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.backups })
    void client.invalidateQueries({ queryKey: queryKeys.storeStatus })
  }
}

export function useCreateBackup() {
  const refresh = useRefreshAfter()
  return useMutation({ mutationFn: () => hubApi.call('createBackup'), onSettled: refresh })
}

/** Restoring replaces every workshop: everything cached from the old data is dropped once it is done. */
export function useRestoreBackup() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (backupName: string) => hubApi.call('restoreBackup', { params: { backupName } }),
    onSettled: () => void client.invalidateQueries(),
  })
}

export function useStartEmpty() {
  return useMutation({ mutationFn: () => hubApi.call('startEmptyDatabase') })
}
