import { describe, expect, it } from 'vitest'
import { TurnQueue } from '../../../electron/hub/scheduling/turn-queue'

/** A loop whose turns the test runs one at a time. */
function harness() {
  const turns: (() => void)[] = []
  const queue = new TurnQueue((run) => turns.push(run))
  const ran: string[] = []
  const task = (name: string) => () => void ran.push(name)
  const nextTurn = () => turns.shift()?.()
  return { queue, ran, task, nextTurn, turns }
}

describe('work taken one piece per turn of the event loop', () => {
  it('runs nothing at once, then one task per turn, in the order queued', () => {
    const { queue, ran, task, nextTurn, turns } = harness()
    for (const name of ['a', 'b', 'c']) queue.push(task(name))
    expect(ran).toEqual([])
    expect(turns).toHaveLength(1)
    nextTurn()
    expect(ran).toEqual(['a'])
    expect(queue.pending).toBe(2)
    // Whatever arrived meanwhile (a live edit) is handled here, before the next task.
    nextTurn()
    expect(ran).toEqual(['a', 'b'])
    nextTurn()
    expect(ran).toEqual(['a', 'b', 'c'])
    expect(turns).toHaveLength(0)
    expect(queue.pending).toBe(0)
  })

  it('takes work queued by a task in a later turn, and starts again once it was empty', () => {
    const { queue, ran, task, nextTurn, turns } = harness()
    queue.push(() => {
      ran.push('first')
      queue.push(task('queued by first'))
    })
    nextTurn()
    expect(ran).toEqual(['first'])
    nextTurn()
    expect(ran).toEqual(['first', 'queued by first'])
    expect(turns).toHaveLength(0)
    queue.push(task('later'))
    expect(turns).toHaveLength(1)
    nextTurn()
    expect(ran).toEqual(['first', 'queued by first', 'later'])
  })

  it('goes on after a task that throws', () => {
    const { queue, ran, task, nextTurn } = harness()
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      queue.push(() => {
        throw new Error('socket gone')
      })
      queue.push(task('after'))
      nextTurn()
      nextTurn()
    } finally {
      console.error = original
    }
    expect(ran).toEqual(['after'])
    expect(errors).toHaveLength(1)
  })

  it('uses the event loop by default: a task runs after the current one is done', async () => {
    const queue = new TurnQueue()
    const ran: string[] = []
    queue.push(() => ran.push('queued'))
    ran.push('current')
    await new Promise((resolve) => setImmediate(resolve))
    expect(ran).toEqual(['current', 'queued'])
  })
})
