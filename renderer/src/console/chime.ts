import type { TimerCue } from '../../../shared/session/session-timer'

let context: AudioContext | null = null

/** Two soft notes near the end, three falling ones at zero: audible in a room, not alarming. */
const NOTES: Record<TimerCue, number[]> = {
  warning: [660, 880],
  end: [880, 740, 587],
}

/**
 * Plays the cue with Web Audio (no sound file to ship). The console's own clicks unlock audio in the
 * browser; if it is still locked the chime is skipped rather than failing anything.
 */
export function playChime(cue: TimerCue): void {
  try {
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume()
    const start = context.currentTime + 0.05
    NOTES[cue].forEach((frequency, index) => {
      const at = start + index * 0.45
      const oscillator = context!.createOscillator()
      const gain = context!.createGain()
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0, at)
      gain.gain.linearRampToValueAtTime(0.18, at + 0.04)
      gain.gain.exponentialRampToValueAtTime(0.001, at + 0.9)
      oscillator.connect(gain).connect(context!.destination)
      oscillator.start(at)
      oscillator.stop(at + 1)
    })
  } catch {
    // No audio device or Web Audio disabled: the colour change still tells the room.
  }
}
