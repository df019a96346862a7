import { useMemo } from 'react'
import { voterIdFor } from './voter-id'

function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** This device's voter id for the workshop. */
export function useVoterId(workshopId: string): string {
  return useMemo(() => voterIdFor(browserStorage(), workshopId), [workshopId])
}
