import { describe, expect, it } from 'vitest'
import { oneTaskPerTurn, TimeSlicedQueue } from '../../../electron/hub/scheduling/time-sliced-queue'

/** A clock the tasks move, and a loop whose turns the test runs one at a time. */
function harness(budgetMs: number) {
  let clock = 0
  const turns: (() => void)[] = []
  const queue = new TimeSlicedQueue(
    budgetMs,
    () => clock,
    (run) => turns.push(run),
  )
  const ran: string[] = []
  const task = (name: string, ms: number) => () => {
    clock += ms
    ran.push(name)
  }
  const nextTurn = () => turns.shift()?.()
  return { queue, ran, task, nextTurn, turns }
}

describe('work written in slices between other events', () => {
  it('runs nothing at once, then in order, no more than the budget per turn of the loop', () => {
    const { queue, ran, task, nextTurn, turns } = harness(1)
    for (const name of ['a', 'b', 'c', 'd', 'e']) queue.push(task(name, 0.4))
    expect(ran).toEqual([])
    expect(turns).toHaveLength(1)

    nextTurn()
    expect(ran).toEqual(['a', 'b', 'c'])
    // Whatever arrived meanwhile (a live edit) runs here, before the next slice.
    nextTurn()
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(turns).toHaveLength(0)
    expect(queue.pending).toBe(0)
  })

  it('always moves: a task longer than the budget runs alone in its slice', () => {
    const { queue, ran, task, nextTurn } = harness(1)
    queue.push(task('long', 5))
    queue.push(task('next', 0.1))
    nextTurn()
    expect(ran).toEqual(['long'])
    nextTurn()
    expect(ran).toEqual(['long', 'next'])
  })

  it('schedules one turn however much is queued, and a new turn once the queue was empty', () => {
    const { queue, ran, task, nextTurn, turns } = harness(10)
    queue.push(task('a', 1))
    queue.push(task('b', 1))
    expect(turns).toHaveLength(1)
    nextTurn()
    expect(turns).toHaveLength(0)
    queue.push(task('c', 1))
    expect(turns).toHaveLength(1)
    nextTurn()
    expect(ran).toEqual(['a', 'b', 'c'])
  })

  it('goes on after a task that throws', () => {
    const { queue, ran, task, nextTurn } = harness(10)
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      queue.push(() => {
        throw new Error('socket gone')
      })
      queue.push(task('after', 1))
      nextTurn()
    } finally {
      console.error = original
    }
    expect(ran).toEqual(['after'])
    expect(errors).toHaveLength(1)
  })
})

describe('work taken one piece per turn of the event loop', () => {
  /** A loop whose turns the test runs one at a time. */
  function turnByTurn() {
    const turns: (() => void)[] = []
    const queue = oneTaskPerTurn((run) => turns.push(run))
    const ran: string[] = []
    const task = (name: string) => () => void ran.push(name)
    const nextTurn = () => turns.shift()?.()
    return { queue, ran, task, nextTurn, turns }
  }

  it('runs nothing at once, then one task per turn, in the order queued', () => {
    const { queue, ran, task, nextTurn, turns } = turnByTurn()
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
    const { queue, ran, task, nextTurn, turns } = turnByTurn()
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

  it('uses the event loop by default: a task runs after the current one is done', async () => {
    const queue = oneTaskPerTurn()
    const ran: string[] = []
    queue.push(() => ran.push('queued'))
    ran.push('current')
    await new Promise((resolve) => setImmediate(resolve))
    expect(ran).toEqual(['current', 'queued'])
  })
})
