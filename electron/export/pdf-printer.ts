import type { PdfEngine } from './pdf-engine'

/** The engine cannot be had on this machine (no Chromium); the hub answers 503 with this reason. */
export class PdfEngineUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PdfEngineUnavailableError'
  }
}

/**
 * The hub's printer: the engine is started on the first print (most sessions never export) and kept
 * warm for the next ones, and prints run one at a time, so an "export all" on a 2-core laptop never
 * starts ten Chromium pages at once. Which engine is chosen by whoever starts the hub.
 */
export class PdfPrinter {
  private engine: Promise<PdfEngine> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly createEngine: () => Promise<PdfEngine>) {}

  print(url: string): Promise<Uint8Array> {
    const job = this.queue.then(async () => {
      this.engine ??= this.createEngine()
      try {
        return await (await this.engine).printPage(url)
      } catch (error) {
        // An engine that could not start is tried again next time (Chromium may be installed since).
        if (error instanceof PdfEngineUnavailableError) this.engine = null
        throw error
      }
    })
    this.queue = job.catch(() => undefined)
    return job
  }

  async close(): Promise<void> {
    const engine = this.engine
    this.engine = null
    if (engine) await (await engine.catch(() => null))?.close()
  }
}
