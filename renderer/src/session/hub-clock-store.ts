import {
  estimateOffset,
  NO_OFFSET,
  type ClockOffset,
  type ClockSample,
} from '../../../shared/session/hub-clock'
import { hubApi } from '../api/hub-api'

/** Exchanges per estimate: the fastest of them wins, so a single slow answer on busy Wi-Fi does no harm. */
const SAMPLES = 5
/** Clocks drift and laptops sleep; a fresh estimate now and then keeps devices within a second. */
const RESYNC_MS = 5 * 60_000
const RETRY_MS = 10_000

let offset: ClockOffset = NO_OFFSET
let started = false
const listeners = new Set<() => void>()

async function sampleOnce(): Promise<ClockSample | null> {
  const sentAt = Date.now()
  try {
    const { now } = await hubApi.call('time')
    const receivedAt = Date.now()
    return typeof now === 'number' ? { sentAt, hubTime: now, receivedAt } : null
  } catch {
    return null
  }
}

async function synchronise(): Promise<void> {
  const samples: ClockSample[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const sample = await sampleOnce()
    if (sample) samples.push(sample)
  }
  const estimate = estimateOffset(samples)
  if (estimate.uncertaintyMs !== Number.POSITIVE_INFINITY) {
    offset = estimate
    listeners.forEach((listener) => listener())
  }
  setTimeout(() => void synchronise(), samples.length > 0 ? RESYNC_MS : RETRY_MS)
}

/**
 * The page's estimate of the hub clock, shared by every timer on the page. Until the first answer the
 * device's own clock stands in (right on the hub's own machine, where the console runs).
 */
export const hubClockStore = {
  subscribe(listener: () => void): () => void {
    if (!started) {
      started = true
      void synchronise()
    }
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
  getSnapshot: (): ClockOffset => offset,
}
