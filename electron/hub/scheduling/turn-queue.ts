/**
 * Runs queued work one task per turn of the event loop (setImmediate), in the order it was queued, so that
 * whatever arrives meanwhile — a live edit on its WebSocket — is handled between two tasks.
 *
 * For work whose cost lies mostly in what it sets off after it returns: a Hocuspocus handshake or a
 * Fastify request runs on in promise callbacks, which the event loop runs right after the task, before
 * anything else. A time budget (time-sliced-queue.ts) sees only a task's synchronous start, let dozens of
 * such tasks into one slice and their continuations pile up behind it; one task per turn bounds the
 * wait to one task. `schedule` is for tests.
 */
export class TurnQueue {
  private tasks: (() => void)[] = []
  private next = 0
  private scheduled = false

  constructor(private readonly schedule: (run: () => void) => void = (run) => void setImmediate(run)) {}

  get pending(): number {
    return this.tasks.length - this.next
  }

  push(task: () => void): void {
    this.tasks.push(task)
    if (this.scheduled) return
    this.scheduled = true
    this.schedule(() => this.runOne())
  }

  private runOne(): void {
    const task = this.tasks[this.next]!
    this.tasks[this.next++] = noop
    try {
      task()
    } catch (error) {
      // One failed task must not stall the others.
      console.error('[hub] queued work failed:', error)
    }
    if (this.next < this.tasks.length) {
      this.schedule(() => this.runOne())
      return
    }
    this.tasks = []
    this.next = 0
    this.scheduled = false
  }
}

const noop = () => undefined
