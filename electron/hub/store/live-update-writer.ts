import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { MARK_EDITED_SQL, type LiveDocRepository } from './repositories/live-doc-repository'

export interface LiveUpdate {
  name: string
  update: Uint8Array
  /** A person's change (not the hub's own setup of a document): it moves the document's edit time. */
  edit: boolean
}

/**
 * Appends a batch of live-document updates to the log, and the edit time of the documents people
 * changed, in one transaction; resolves once committed.
 */
export interface LiveUpdateWriter {
  write(entries: readonly LiveUpdate[]): Promise<void>
  close(): Promise<void>
}

/** Writes on the calling thread (tests, tools). */
export function inThreadWriter(liveDocs: LiveDocRepository): LiveUpdateWriter {
  return {
    write: async (entries) => liveDocs.appendAll(entries),
    close: async () => undefined,
  }
}

/*
 * The worker is plain JavaScript evaluated from a string, so it runs the same under tsx, vitest and
 * the Electron bundle without a build step of its own. It owns a second connection to the same
 * database (WAL allows one writer at a time; busy_timeout makes the two connections wait for each other).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.sqlitePath)
const db = new Database(workerData.dbPath)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('busy_timeout = 5000')
const insert = db.prepare('INSERT INTO live_doc_updates (doc_name, data, created_at) VALUES (?, ?, ?)')
const markEdited = db.prepare(${JSON.stringify(MARK_EDITED_SQL)})
const writeAll = db.transaction((entries, now) => {
  const edited = new Set()
  for (const entry of entries) {
    insert.run(entry.name, Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength), now)
    if (entry.edit) edited.add(entry.name)
  }
  for (const name of edited) markEdited.run(name, now)
})
parentPort.on('message', ({ id, entries }) => {
  try {
    writeAll(entries, new Date().toISOString())
    parentPort.postMessage({ id, ok: true })
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: String((error && error.message) || error), code: error && error.code })
  }
})
`

/**
 * Writes on a worker thread, so the fsync of each commit (synchronous=FULL) never blocks the thread
 * that relays co-editors' keystrokes to each other.
 */
export function workerWriter(dbPath: string): LiveUpdateWriter {
  // In the packaged app better-sqlite3 is unpacked next to the asar archive (electron-builder.yml);
  // point the worker there rather than rely on asar support inside worker threads.
  const sqlitePath = createRequire(import.meta.url)
    .resolve('better-sqlite3')
    .replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dbPath, sqlitePath } })
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let nextId = 1
  let failure: Error | null = null

  const failAll = (error: Error) => {
    failure = error
    for (const { reject } of waiting.values()) reject(error)
    waiting.clear()
  }
  worker.on(
    'message',
    ({ id, ok, message, code }: { id: number; ok: boolean; message?: string; code?: string }) => {
      const entry = waiting.get(id)
      waiting.delete(id)
      // The SQLite code (SQLITE_FULL, SQLITE_CORRUPT…) tells the batcher whether to wait for space or stop.
      if (ok) entry?.resolve()
      else entry?.reject(Object.assign(new Error(message ?? 'write failed'), { code }))
    },
  )
  worker.on('error', failAll)
  worker.on('exit', (code) => failAll(new Error(`live update writer stopped (exit code ${code})`)))

  return {
    write(entries) {
      if (failure) return Promise.reject(failure)
      const id = nextId++
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject })
        worker.postMessage({ id, entries })
      })
    },
    async close() {
      worker.removeAllListeners('exit')
      await worker.terminate()
    },
  }
}
