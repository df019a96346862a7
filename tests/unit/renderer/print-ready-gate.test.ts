import { describe, expect, it } from 'vitest'
import { switchShown, switchStarted, whenMayShowReady } from '../../../renderer/src/print/print-ready-gate'

describe('the print ready gate while the print app switches views in place', () => {
  it('lets a view signal at once when no switch ever happened', () => {
    const signals: string[] = []
    whenMayShowReady('first', () => signals.push('first'))
    expect(signals).toEqual(['first'])
  })

  it('keeps the view being left from signalling, and lets the shown one signal when the switch commits', () => {
    const signals: string[] = []
    switchStarted()
    // The previous county finishes loading after the printer asked for the next one: it must stay silent.
    whenMayShowReady('first', () => signals.push('first'))
    // The next county is ready before the navigation reports that it committed: it waits for that.
    whenMayShowReady('second', () => signals.push('second'))
    expect(signals).toEqual([])
    switchShown('second')
    expect(signals).toEqual(['second'])
    whenMayShowReady('first', () => signals.push('first again'))
    expect(signals).toEqual(['second'])
  })

  it('forgets a waiting view that went away before the switch committed', () => {
    const signals: string[] = []
    switchStarted()
    const cancel = whenMayShowReady('third', () => signals.push('third'))
    cancel()
    switchShown('third')
    expect(signals).toEqual([])
  })
})
