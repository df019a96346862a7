import { performance } from 'node:perf_hooks'

/**
 * Runs queued work in slices of at most `budgetMs`, each slice in its own turn of the event loop
 * (setImmediate), so whatever arrives meanwhile — a live edit on its WebSocket — is handled between two
 * slices instead of after the whole queue. Work runs in the order it was queued. `now` is for tests.
 */
export class TimeSlicedQueue {
  private tasks: (() => void)[] = []
  private next = 0
  private scheduled = false

  constructor(
    private readonly budgetMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly schedule: (run: () => void) => void = (run) => void setImmediate(run),
  ) {}

  get pending(): number {
    return this.tasks.length - this.next
  }

  push(task: () => void): void {
    this.tasks.push(task)
    if (this.scheduled) return
    this.scheduled = true
    this.schedule(() => this.runSlice())
  }

  private runSlice(): void {
    const until = this.now() + this.budgetMs
    // At least one task per slice, however long it takes: the queue always moves.
    do {
      const task = this.tasks[this.next]!
      this.tasks[this.next++] = noop
      try {
        task()
      } catch (error) {
        // One failed task must not stall the others.
        console.error('[hub] queued work failed:', error)
      }
    } while (this.next < this.tasks.length && this.now() < until)
    if (this.next < this.tasks.length) {
      this.schedule(() => this.runSlice())
      return
    }
    this.tasks = []
    this.next = 0
    this.scheduled = false
  }
}

const noop = () => undefined

/**
 * A queue that runs one task per turn of the event loop (a budget of 0: a slice always runs one task),
 * for work whose cost lies mostly in what it sets off after it returns. A Hocuspocus handshake or a
 * Fastify request runs on in promise callbacks, which the event loop runs right after the task, before
 * anything else: a time budget sees only a task's synchronous start, lets dozens of such tasks into one
 * slice and their continuations pile up behind it; one task per turn bounds the wait to one task.
 * `schedule` is for tests.
 */
export const oneTaskPerTurn = (schedule?: (run: () => void) => void): TimeSlicedQueue =>
  new TimeSlicedQueue(0, undefined, schedule)
