/**
 * How far this device's clock is from the hub's. Tablets and phones in a training room are often
 * minutes off (no internet, no time sync), and the timer is stored in hub time, so each device
 * estimates the difference by asking the hub the time (GET /api/time) a few times, NTP-style.
 */
export interface ClockSample {
  /** Device clock when the request left. */
  sentAt: number
  /** The hub's clock as it answered. */
  hubTime: number
  /** Device clock when the answer arrived. */
  receivedAt: number
}

export interface ClockOffset {
  /** Add to the device's Date.now() to get hub time. */
  offsetMs: number
  /** The estimate is off by at most this much: half the round trip of the sample it comes from. */
  uncertaintyMs: number
}

export const NO_OFFSET: ClockOffset = { offsetMs: 0, uncertaintyMs: Number.POSITIVE_INFINITY }

/**
 * The hub answered somewhere between sending and receiving; assuming the middle is wrong by at most
 * half the round trip, so the sample with the shortest round trip is the most trustworthy one.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockOffset {
  let best: ClockOffset = NO_OFFSET
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt
    if (!(roundTrip >= 0) || !Number.isFinite(sample.hubTime)) continue
    const uncertaintyMs = roundTrip / 2
    if (uncertaintyMs < best.uncertaintyMs) {
      best = { offsetMs: Math.round(sample.hubTime - (sample.sentAt + sample.receivedAt) / 2), uncertaintyMs }
    }
  }
  return best
}

/** Hub time now, as this device best knows it. */
export function hubNow(deviceNow: number, offset: ClockOffset): number {
  return deviceNow + offset.offsetMs
}
