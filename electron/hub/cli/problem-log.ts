import { appendFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Keeps the technical details of an unexpected error (the stack) in a log file, so the terminal shows
 * only a sentence: `<data>/logs/hub.log`, or the temp folder when the data folder cannot be written.
 * Returns the file's path, for the sentence to name it.
 */
export function logProblem(dataDir: string, error: unknown): string {
  const entry = `${new Date().toISOString()} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  for (const dir of [join(dataDir, 'logs'), tmpdir()]) {
    try {
      mkdirSync(dir, { recursive: true })
      const path = join(dir, dir === tmpdir() ? 'plan-workshop-hub.log' : 'hub.log')
      appendFileSync(path, entry)
      return path
    } catch {
      continue
    }
  }
  return '(no writable folder for the log)'
}
