import { useEffect, useRef } from 'react'
import { isRunning, timerCue, type SessionTimer } from '../../../shared/session/session-timer'
import { playChime } from './chime'
import { currentHubTime } from '../session/use-hub-clock'

/** Chimes once when the running timer crosses into "near the end" and once at zero. */
export function useTimerChime(timer: SessionTimer | null, enabled: boolean): void {
  const previous = useRef<number | null>(null)
  useEffect(() => {
    previous.current = null
    if (!enabled || !timer || !isRunning(timer)) return
    const id = window.setInterval(() => {
      const now = currentHubTime()
      const cue = previous.current === null ? null : timerCue(timer, previous.current, now)
      previous.current = now
      if (cue) playChime(cue)
    }, 250)
    return () => window.clearInterval(id)
  }, [timer, enabled])
}
