// Loaded into a server process through NODE_OPTIONS (plain JS: it runs before any TypeScript loader).
// Appends to BENCH_PROBE_FILE (on tmpfs where possible, so it does not compete with SQLite for the disk):
//   every 100 ms  "elu <epoch ms> <idle ms> <active ms>"  cumulative event-loop utilization; unlike CPU
//                 time it counts time the main thread spent blocked in synchronous I/O such as fsync;
//   with BENCH_PROBE_SQLITE=1, for every better-sqlite3 Statement.run (each one its own transaction
//   unless inside db.transaction)  "run <epoch ms> <duration ms>".
// Measurement only: it changes no behaviour of the server it is loaded into.
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { setInterval } from 'node:timers'

const file = process.env.BENCH_PROBE_FILE
if (file) {
  let lines = []
  const epoch = () => performance.timeOrigin + performance.now()
  if (process.env.BENCH_PROBE_SQLITE === '1') {
    const require = createRequire(`${process.cwd()}/package.json`)
    const Database = require('better-sqlite3')
    const scratch = new Database(':memory:')
    const statement = Object.getPrototypeOf(scratch.prepare('SELECT 1'))
    scratch.close()
    const run = statement.run
    statement.run = function timedRun(...args) {
      const started = performance.now()
      try {
        return run.apply(this, args)
      } finally {
        lines.push(
          `run ${(performance.timeOrigin + started).toFixed(3)} ${(performance.now() - started).toFixed(4)}`,
        )
      }
    }
  }
  const flush = () => {
    const { idle, active } = performance.eventLoopUtilization()
    lines.push(`elu ${epoch().toFixed(3)} ${idle.toFixed(3)} ${active.toFixed(3)}`)
    appendFileSync(file, `${lines.join('\n')}\n`)
    lines = []
  }
  flush()
  setInterval(flush, 100).unref()
}
