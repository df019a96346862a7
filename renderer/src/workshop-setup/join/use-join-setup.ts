import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App } from 'antd'
import type { LanStatus } from '../../../../shared/join/join-schema'
import { hubApi } from '../../api/hub-api'
import { errorSentence } from '../../api/hub-error'
import { queryKeys } from '../../api/query-keys'
import { useLanguage } from '../../i18n/use-language'

/** How often the facilitator's screens ask who is connected: often enough to watch people arrive. */
export const PRESENCE_POLL_MS = 3000

export function useLanStatus() {
  return useQuery({ queryKey: queryKeys.lan, queryFn: () => hubApi.call('getLan') })
}

export function useJoinInfo(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.joinInfo(workshopId),
    queryFn: () => hubApi.call('getJoinInfo', { params: { workshopId } }),
  })
}

export function usePresence(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.presence(workshopId),
    queryFn: () => hubApi.call('getPresence', { params: { workshopId } }),
    refetchInterval: PRESENCE_POLL_MS,
  })
}

/**
 * Opening or closing the LAN: not optimistic, since the hub may refuse (port in use, unknown address) and
 * the codes' links and QR codes change with it. Whatever happens, the status and join links are re-read.
 */
export function useLanSwitch(workshopId: string) {
  const queryClient = useQueryClient()
  const { message } = App.useApp()
  const language = useLanguage()
  const options = {
    onSuccess: (status: LanStatus) => queryClient.setQueryData(queryKeys.lan, status),
    onError: (error: unknown) => void message.error(errorSentence(error, language)),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.lan }),
        queryClient.invalidateQueries({ queryKey: queryKeys.joinInfo(workshopId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.presence(workshopId) }),
      ]),
  }
  const open = useMutation({
    mutationFn: (address: string) => hubApi.call('openLan', { body: { address } }),
    ...options,
  })
  const close = useMutation({ mutationFn: () => hubApi.call('closeLan'), ...options })
  return { open, close }
}
