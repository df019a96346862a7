import { useEffect, useState, useSyncExternalStore } from 'react'
import { hubNow, type ClockOffset } from '../../../shared/session/hub-clock'
import { hubClockStore } from './hub-clock-store'

/** This device's estimate of how far its clock is from the hub's. */
export function useHubClockOffset(): ClockOffset {
  return useSyncExternalStore(hubClockStore.subscribe, hubClockStore.getSnapshot)
}

/**
 * Hub time, re-read every `intervalMs` while `active`. A quarter second keeps the displayed second
 * within a quarter of a second of the hub's; when inactive the component does not re-render at all.
 */
export function useHubNow(active: boolean, intervalMs = 250): number {
  const offset = useHubClockOffset()
  const [deviceNow, setDeviceNow] = useState(() => Date.now())
  useEffect(() => {
    setDeviceNow(Date.now())
    if (!active) return
    const id = window.setInterval(() => setDeviceNow(Date.now()), intervalMs)
    return () => window.clearInterval(id)
  }, [active, intervalMs])
  return hubNow(deviceNow, offset)
}

/** Hub time at this instant, for event handlers (start, pause) rather than rendering. */
export function currentHubTime(): number {
  return hubNow(Date.now(), hubClockStore.getSnapshot())
}
