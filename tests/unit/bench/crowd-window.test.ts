import { describe, expect, it } from 'vitest'
import { eventLoopUtilizationBetween, splitByCrowd } from '../../../tests/bench/crowd-window'

describe("the crowd bench's before and during windows", () => {
  const crowd = { startEpochMs: 10_000, endEpochMs: 20_000 }

  it('compares the p95 of edits sent while the crowd arrived with those sent before it', () => {
    const before = Array.from({ length: 20 }, (_, i) => ({ sentEpochMs: 1000 + i * 100, allMs: 10 }))
    const during = Array.from({ length: 20 }, (_, i) => ({ sentEpochMs: 10_000 + i * 100, allMs: 30 }))
    const after = [{ sentEpochMs: 20_000, allMs: 500 }]
    const split = splitByCrowd([...before, ...during, ...after], crowd)
    expect(split.before.count).toBe(20)
    expect(split.during.count).toBe(20)
    expect(split.before.p95).toBe(10)
    expect(split.during.p95).toBe(30)
    expect(split.ratioP95).toBe(3)
  })

  it('counts an edit not seen by every receiver as lost in its window, not as a latency', () => {
    const split = splitByCrowd(
      [
        { sentEpochMs: 5000, allMs: 12 },
        { sentEpochMs: 15_000, allMs: null },
        { sentEpochMs: 15_100, allMs: 20 },
      ],
      crowd,
    )
    expect(split.before).toMatchObject({ count: 1, notSeenByAll: 0 })
    expect(split.during).toMatchObject({ count: 1, notSeenByAll: 1, p95: 20 })
  })
})

describe("the hub's main-thread busy share over a window", () => {
  const probe = [
    'elu 1000 100 0',
    'elu 2000 600 500',
    'elu 3000 700 1400',
    'run 3000 1',
    'elu 4000 1600 1500',
  ].join('\n')

  it('takes the cumulative samples around the window', () => {
    expect(eventLoopUtilizationBetween(probe, 2000, 3000)).toBe(0.9)
    expect(eventLoopUtilizationBetween(probe, 1000, 4000)).toBe(0.5)
  })

  it('is unknown where the probe does not cover the window', () => {
    expect(eventLoopUtilizationBetween(probe, 500, 3000)).toBeNull()
    expect(eventLoopUtilizationBetween(probe, 2000, 5000)).toBeNull()
  })
})
