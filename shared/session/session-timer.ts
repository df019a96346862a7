import { z } from 'zod'

/**
 * The room's countdown, as the session document stores it. Nothing ticks in the document: every device
 * derives what is left from this record and its own estimate of the hub's clock (see hub-clock.ts), so
 * a device that joins late, reloads or drifts shows the same time as every other one.
 *
 * Times are milliseconds of the hub's clock (Date.now() on the hub's machine), never of the device
 * that wrote them: a facilitator window and a group tablet with clocks a minute apart still agree.
 */
export const sessionTimerSchema = z.object({
  /** The agenda item this timer belongs to; null for a timer not tied to an item. */
  itemId: z.string().nullable(),
  /** The item's planned length, what "reset" returns to. */
  plannedMs: z.number().int().min(0),
  /** The planned length plus the minutes the facilitator added or took away. */
  durationMs: z.number().int().min(0),
  /** What was left when it last started or paused, or was extended. Negative once overrun. */
  remainingMs: z.number().int(),
  /** Hub time when it last started running; null while it stands still. */
  runningSince: z.number().int().nullable(),
})
export type SessionTimer = z.output<typeof sessionTimerSchema>

const MINUTE_MS = 60_000
/** A timer never shrinks below one minute: taking away more would only hide the overrun. */
export const MIN_DURATION_MS = MINUTE_MS

/** A stopped timer holding an item's planned minutes. */
export function newTimer(itemId: string | null, plannedMinutes: number): SessionTimer {
  const plannedMs = Math.max(0, Math.round(plannedMinutes * MINUTE_MS))
  return { itemId, plannedMs, durationMs: plannedMs, remainingMs: plannedMs, runningSince: null }
}

/** What is left at hub time `now`; negative once the time is up. */
export function remainingAt(timer: SessionTimer, now: number): number {
  if (timer.runningSince === null) return timer.remainingMs
  return timer.remainingMs - Math.max(0, now - timer.runningSince)
}

export function isRunning(timer: SessionTimer): boolean {
  return timer.runningSince !== null
}

export function startTimer(timer: SessionTimer, now: number): SessionTimer {
  if (timer.runningSince !== null) return timer
  return { ...timer, runningSince: now }
}

/** Freezes what is left, so a paused timer reads the same on every device however long it stands. */
export function pauseTimer(timer: SessionTimer, now: number): SessionTimer {
  if (timer.runningSince === null) return timer
  return { ...timer, remainingMs: Math.round(remainingAt(timer, now)), runningSince: null }
}

export function toggleTimer(timer: SessionTimer, now: number): SessionTimer {
  return timer.runningSince === null ? startTimer(timer, now) : pauseTimer(timer, now)
}

/**
 * Adds (or with a negative number takes away) minutes, running or not. The change applies to what is
 * left and to the total alike, so "+5" during an overrun of two minutes leaves three.
 */
export function adjustTimer(timer: SessionTimer, minutes: number, now: number): SessionTimer {
  const frozen = pauseTimer(timer, now)
  const delta = Math.max(Math.round(minutes * MINUTE_MS), MIN_DURATION_MS - frozen.durationMs)
  return {
    ...frozen,
    durationMs: frozen.durationMs + delta,
    remainingMs: frozen.remainingMs + delta,
    runningSince: timer.runningSince === null ? null : now,
  }
}

/** Back to the planned length, stopped. */
export function resetTimer(timer: SessionTimer): SessionTimer {
  return {
    ...timer,
    durationMs: timer.plannedMs,
    remainingMs: timer.plannedMs,
    runningSince: null,
  }
}

/**
 * When "near the end" starts: a tenth of the time, but at least one minute and at most five, so a
 * 10-minute exercise warns at 1:00 and an hour-long one at 5:00.
 */
export function warningThresholdMs(durationMs: number): number {
  return Math.min(5 * MINUTE_MS, Math.max(MINUTE_MS, Math.round(durationMs / 10)))
}

export type TimerPhase = 'ready' | 'running' | 'paused'
export type TimerUrgency = 'normal' | 'warning' | 'overrun'

export interface TimerView {
  phase: TimerPhase
  urgency: TimerUrgency
  /** Left until zero; 0 once overrun. */
  remainingMs: number
  /** How far past zero; 0 until then. */
  overrunMs: number
  durationMs: number
}

/** Everything a display needs to draw the timer at hub time `now`. */
export function timerView(timer: SessionTimer, now: number): TimerView {
  const left = remainingAt(timer, now)
  const phase: TimerPhase = isRunning(timer)
    ? 'running'
    : timer.remainingMs === timer.durationMs
      ? 'ready'
      : 'paused'
  const urgency: TimerUrgency =
    left <= 0 && phase !== 'ready'
      ? 'overrun'
      : left <= warningThresholdMs(timer.durationMs)
        ? 'warning'
        : 'normal'
  return {
    phase,
    urgency,
    remainingMs: Math.max(0, left),
    overrunMs: Math.max(0, -left),
    durationMs: timer.durationMs,
  }
}

export type TimerCue = 'warning' | 'end'

/**
 * Whether the timer crossed into "near the end" or past zero between two moments of hub time (the
 * previous tick and this one): the console chimes once per crossing, not on every tick afterwards.
 */
export function timerCue(timer: SessionTimer, previousNow: number, now: number): TimerCue | null {
  if (!isRunning(timer) || now <= previousNow) return null
  const before = remainingAt(timer, previousNow)
  const after = remainingAt(timer, now)
  if (before > 0 && after <= 0) return 'end'
  const threshold = warningThresholdMs(timer.durationMs)
  if (before > threshold && after <= threshold) return 'warning'
  return null
}

/**
 * The timer as a clock face: 12:05, 1:02:03, and overrun as +0:42. A countdown rounds up, so it shows
 * 0:01 until the last second has passed and 0:00 exactly at zero.
 */
export function formatTimer(view: Pick<TimerView, 'remainingMs' | 'overrunMs'>): string {
  if (view.overrunMs > 0) return `+${clock(Math.floor(view.overrunMs / 1000))}`
  return clock(Math.ceil(view.remainingMs / 1000))
}

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const ss = String(seconds).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`
}
