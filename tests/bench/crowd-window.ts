import { summarize, type LatencySummary } from './stats'

export interface EditSample {
  sentEpochMs: number
  /** Until the last receiver had it; null when not every receiver did by the end of the run. */
  allMs: number | null
}

export interface CrowdSplit {
  before: LatencySummary & { notSeenByAll: number }
  during: LatencySummary & { notSeenByAll: number }
  /** p95 during the crowd over p95 before it. */
  ratioP95: number
}

/**
 * Splits the editing devices' edits into those sent before the crowd arrived and those sent while it
 * loaded the join page, joined and synced (from its first request to its last device synced). An edit
 * never seen by every receiver counts as lost in its window, not as a latency.
 */
export function splitByCrowd(
  samples: readonly EditSample[],
  crowd: { startEpochMs: number; endEpochMs: number },
): CrowdSplit {
  const window = (from: number, to: number) => {
    const inside = samples.filter((sample) => sample.sentEpochMs >= from && sample.sentEpochMs < to)
    const seen = inside.flatMap((sample) => (sample.allMs === null ? [] : [sample.allMs]))
    return { ...summarize(seen), notSeenByAll: inside.length - seen.length }
  }
  const before = window(Number.NEGATIVE_INFINITY, crowd.startEpochMs)
  const during = window(crowd.startEpochMs, crowd.endEpochMs)
  return { before, during, ratioP95: Math.round((during.p95 / before.p95) * 100) / 100 }
}

/**
 * The hub's event-loop utilization between two moments, from server-probe.mjs's cumulative "elu <epoch>
 * <idle> <active>" lines: how busy its main thread was, including time blocked in synchronous I/O. Null
 * when the probe did not cover the window.
 */
export function eventLoopUtilizationBetween(probeText: string, from: number, to: number): number | null {
  const samples = probeText
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([kind]) => kind === 'elu')
    .map(([, at, idle, active]) => ({ at: Number(at), idle: Number(idle), active: Number(active) }))
  const start = samples.filter((sample) => sample.at <= from).at(-1)
  const end = samples.find((sample) => sample.at >= to)
  if (!start || !end) return null
  const active = end.active - start.active
  const total = active + end.idle - start.idle
  return total > 0 ? Math.round((active / total) * 1000) / 1000 : null
}
