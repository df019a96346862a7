import { describe, expect, it } from 'vitest'
import {
  adjustTimer,
  formatTimer,
  newTimer,
  pauseTimer,
  remainingAt,
  resetTimer,
  startTimer,
  timerCue,
  timerView,
  toggleTimer,
  warningThresholdMs,
} from '../../../shared/session/session-timer'

const MIN = 60_000
const T0 = Date.UTC(2018, 2, 1, 1, 0, 0)

describe('the session timer as a pure function of its record and the hub clock', () => {
  it('starts ready with the planned minutes and counts down only while running', () => {
    const ready = newTimer('item-swot-0001', 45)
    expect(timerView(ready, T0)).toMatchObject({ phase: 'ready', remainingMs: 45 * MIN, urgency: 'normal' })
    expect(remainingAt(ready, T0 + 10 * MIN)).toBe(45 * MIN)

    const running = startTimer(ready, T0)
    expect(timerView(running, T0 + 10 * MIN)).toMatchObject({ phase: 'running', remainingMs: 35 * MIN })
  })

  it('pauses: what is left is frozen and reads the same however long it stands', () => {
    const running = startTimer(newTimer('item', 10), T0)
    const paused = pauseTimer(running, T0 + 3 * MIN + 500)
    expect(timerView(paused, T0 + 3 * MIN + 500).remainingMs).toBe(7 * MIN - 500)
    expect(timerView(paused, T0 + 60 * MIN)).toMatchObject({ phase: 'paused', remainingMs: 7 * MIN - 500 })

    const resumed = toggleTimer(paused, T0 + 60 * MIN)
    expect(timerView(resumed, T0 + 62 * MIN).remainingMs).toBe(5 * MIN - 500)
  })

  it('extends and shortens while running without jumping, and never below one minute in total', () => {
    const running = startTimer(newTimer('item', 10), T0)
    const extended = adjustTimer(running, 5, T0 + 4 * MIN)
    expect(timerView(extended, T0 + 4 * MIN)).toMatchObject({
      phase: 'running',
      remainingMs: 11 * MIN,
      durationMs: 15 * MIN,
    })
    expect(timerView(extended, T0 + 5 * MIN).remainingMs).toBe(10 * MIN)

    const shortened = adjustTimer(newTimer('item', 3), -10, T0)
    expect(shortened.durationMs).toBe(MIN)
    expect(timerView(shortened, T0)).toMatchObject({ phase: 'ready', remainingMs: MIN })
  })

  it('shows an overrun instead of hiding it, and adding minutes during an overrun leaves the difference', () => {
    const running = startTimer(newTimer('item', 10), T0)
    const over = timerView(running, T0 + 12 * MIN + 30_000)
    expect(over).toMatchObject({ urgency: 'overrun', remainingMs: 0, overrunMs: 2 * MIN + 30_000 })
    expect(formatTimer(over)).toBe('+2:30')

    const rescued = adjustTimer(running, 5, T0 + 12 * MIN)
    expect(timerView(rescued, T0 + 12 * MIN)).toMatchObject({ urgency: 'normal', remainingMs: 3 * MIN })
  })

  it('turns to "near the end" at a tenth of the time, between one and five minutes', () => {
    expect(warningThresholdMs(10 * MIN)).toBe(MIN)
    expect(warningThresholdMs(30 * MIN)).toBe(3 * MIN)
    expect(warningThresholdMs(90 * MIN)).toBe(5 * MIN)
    expect(warningThresholdMs(5 * MIN)).toBe(MIN)
    const running = startTimer(newTimer('item', 30), T0)
    expect(timerView(running, T0 + 26 * MIN).urgency).toBe('normal')
    expect(timerView(running, T0 + 27 * MIN).urgency).toBe('warning')
  })

  it('cues the chime once when crossing into the warning and once at zero', () => {
    const running = startTimer(newTimer('item', 10), T0)
    expect(timerCue(running, T0 + 8 * MIN, T0 + 8 * MIN + 250)).toBeNull()
    expect(timerCue(running, T0 + 9 * MIN - 100, T0 + 9 * MIN + 150)).toBe('warning')
    expect(timerCue(running, T0 + 9 * MIN + 150, T0 + 9 * MIN + 400)).toBeNull()
    expect(timerCue(running, T0 + 10 * MIN - 100, T0 + 10 * MIN + 150)).toBe('end')
    expect(timerCue(running, T0 + 11 * MIN, T0 + 11 * MIN + 250)).toBeNull()
    expect(timerCue(pauseTimer(running, T0), T0 + 10 * MIN - 100, T0 + 10 * MIN + 150)).toBeNull()
  })

  it('resets to the planned length, stopped, whatever was added', () => {
    const changed = adjustTimer(startTimer(newTimer('item', 20), T0), 5, T0 + MIN)
    expect(resetTimer(changed)).toEqual(newTimer('item', 20))
  })

  it('formats like a clock face, rounding a countdown up to the second', () => {
    expect(formatTimer({ remainingMs: 45 * MIN, overrunMs: 0 })).toBe('45:00')
    expect(formatTimer({ remainingMs: 300, overrunMs: 0 })).toBe('0:01')
    expect(formatTimer({ remainingMs: 0, overrunMs: 0 })).toBe('0:00')
    expect(formatTimer({ remainingMs: 90 * MIN + 5000, overrunMs: 0 })).toBe('1:30:05')
    expect(formatTimer({ remainingMs: 0, overrunMs: 42_900 })).toBe('+0:42')
  })
})
