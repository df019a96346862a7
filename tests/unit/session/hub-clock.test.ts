import { describe, expect, it } from 'vitest'
import { estimateOffset, hubNow, type ClockSample } from '../../../shared/session/hub-clock'
import { formatTimer, newTimer, startTimer, timerView } from '../../../shared/session/session-timer'

const MIN = 60_000

/**
 * A device whose clock is `skewMs` off the hub's asks the hub the time: the request takes `upMs` to
 * arrive and the answer `downMs` to come back (asymmetric on a busy Wi-Fi).
 */
function sample(hubAt: number, skewMs: number, upMs: number, downMs: number): ClockSample {
  return { sentAt: hubAt - upMs + skewMs, hubTime: hubAt, receivedAt: hubAt + downMs + skewMs }
}

describe('estimating the hub clock on a device whose clock is off', () => {
  it('recovers the offset within half the round trip, from the fastest exchange', () => {
    const hubAt = Date.UTC(2018, 2, 1, 1, 0, 0)
    const skew = 93_000 // a tablet 93 s fast
    const offset = estimateOffset([
      sample(hubAt, skew, 400, 20),
      sample(hubAt + 1000, skew, 6, 4),
      sample(hubAt + 2000, skew, 30, 300),
    ])
    expect(offset.uncertaintyMs).toBe(5)
    expect(Math.abs(offset.offsetMs - -skew)).toBeLessThanOrEqual(offset.uncertaintyMs)
  })

  it('ignores answers that arrived before they were asked (a clock changed mid-exchange)', () => {
    const offset = estimateOffset([{ sentAt: 1000, hubTime: 5000, receivedAt: 900 }])
    expect(offset.uncertaintyMs).toBe(Number.POSITIVE_INFINITY)
    expect(offset.offsetMs).toBe(0)
  })

  it('two devices with clocks minutes apart show the same timer to within one second', () => {
    const hubStart = Date.UTC(2018, 2, 1, 6, 0, 0)
    // The console (on the hub's laptop) starts a 45-minute SWOT timer in hub time.
    const timer = startTimer(newTimer('item-swot', 45), hubStart)
    const devices = [
      { skew: 0, up: 1, down: 1 }, // the console itself
      { skew: 127_000, up: 80, down: 15 }, // a phone two minutes fast, slow uplink
      { skew: -41_500, up: 12, down: 240 }, // a tablet 41.5 s slow, slow downlink
    ].map(({ skew, up, down }) => ({
      skew,
      offset: estimateOffset([
        sample(hubStart - 5000, skew, up, down),
        sample(hubStart - 4000, skew, up * 3, down),
      ]),
    }))

    for (const elapsed of [0, 10_250, 17 * MIN + 999, 44 * MIN + 59_600, 47 * MIN + 3_100]) {
      const trueHubTime = hubStart + elapsed
      const shown = devices.map(({ skew, offset }) => {
        const deviceClock = trueHubTime + skew
        return timerView(timer, hubNow(deviceClock, offset))
      })
      const remaining = shown.map((view) => view.remainingMs - view.overrunMs)
      expect(Math.max(...remaining) - Math.min(...remaining)).toBeLessThan(1000)
      const faces = new Set(shown.map(formatTimer))
      // Rounded to whole seconds they may straddle one tick, never more.
      expect(faces.size).toBeLessThanOrEqual(2)
    }
  })

  it('without an estimate, a skewed device would be off by its whole skew (why the estimate exists)', () => {
    const hubStart = Date.UTC(2018, 2, 1, 6, 0, 0)
    const timer = startTimer(newTimer('item', 45), hubStart)
    const onHub = timerView(timer, hubStart + 10 * MIN).remainingMs
    const onFastPhone = timerView(timer, hubStart + 10 * MIN + 127_000).remainingMs
    expect(onHub - onFastPhone).toBe(127_000)
  })
})
