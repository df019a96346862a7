import { useSyncExternalStore } from 'react'
import type { StoreState } from '../../../shared/backups/backup-schema'

/** What the hub last told this device about its database (through the live documents). */
let current: StoreState = 'ok'
const listeners = new Set<() => void>()

export function setDeviceStoreState(state: StoreState): void {
  if (state === current) return
  current = state
  listeners.forEach((listener) => listener())
}

export function useDeviceStoreState(): StoreState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
