import { runLoad, type LoadConfig, type LoadResult, type Phase } from './live-sync-bench'

/**
 * The clients' side of the benchmark, in a process of its own (a fresh one per server, so neither
 * server inherits the other's warmed-up JIT or grown heap). Driven over IPC by run.ts:
 * receives { type: 'run', config }, reports { type: 'phase' } and finally { type: 'result' } or { type: 'error' }.
 */
export type LoadMessage =
  | { type: 'phase'; phase: Phase }
  | { type: 'result'; result: LoadResult }
  | { type: 'error'; message: string }

const send = (message: LoadMessage) =>
  new Promise<void>((resolve) => process.send!(message, undefined, undefined, () => resolve()))

process.once('message', (message: { type: 'run'; config: LoadConfig }) => {
  runLoad(message.config, (phase) => void send({ type: 'phase', phase }))
    .then((result) => send({ type: 'result', result }))
    .catch((error: unknown) =>
      send({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
    )
    .finally(() => process.exit(0))
})
