import { useCallback, useRef, useState } from 'react'
import { errorSentence } from '../../api/hub-error'
import { currentLanguage } from '../../i18n/language'
import type { ExportEntry } from './export-items'
import { saveFile } from './save-file'

export type EntryState =
  | { kind: 'waiting' }
  | { kind: 'working' }
  | { kind: 'done' }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' }

export interface ExportRun {
  states: Record<string, EntryState>
  running: boolean
  /** Set when a whole-run finished or was cancelled. */
  outcome: { done: number; failed: number; cancelled: boolean } | null
  exportOne(entry: ExportEntry): Promise<void>
  exportAll(entries: readonly ExportEntry[]): Promise<void>
  cancel(): void
}

/**
 * Exports one document or all of them, one after another (the hub prints one page at a time anyway).
 * A failure is recorded on its row and the run goes on; cancel stops before the next document and
 * aborts the one being made.
 */
export function useExportRun(): ExportRun {
  const [states, setStates] = useState<Record<string, EntryState>>({})
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ExportRun['outcome']>(null)
  const controller = useRef<AbortController | null>(null)
  const set = (key: string, state: EntryState) => setStates((current) => ({ ...current, [key]: state }))

  const run = useCallback(async (entry: ExportEntry, signal: AbortSignal): Promise<boolean> => {
    set(entry.key, { kind: 'working' })
    try {
      saveFile(await entry.fetchPdf(signal), entry.fileName)
      set(entry.key, { kind: 'done' })
      return true
    } catch (error) {
      if (signal.aborted) set(entry.key, { kind: 'cancelled' })
      else set(entry.key, { kind: 'failed', message: errorSentence(error, currentLanguage()) })
      return false
    }
  }, [])

  const exportOne = useCallback(
    async (entry: ExportEntry) => {
      const abort = new AbortController()
      controller.current = abort
      setRunning(true)
      setOutcome(null)
      await run(entry, abort.signal)
      setRunning(false)
    },
    [run],
  )

  const exportAll = useCallback(
    async (entries: readonly ExportEntry[]) => {
      const abort = new AbortController()
      controller.current = abort
      setRunning(true)
      setOutcome(null)
      setStates(Object.fromEntries(entries.map((entry) => [entry.key, { kind: 'waiting' } as EntryState])))
      let done = 0
      let failed = 0
      for (const entry of entries) {
        if (abort.signal.aborted) {
          set(entry.key, { kind: 'cancelled' })
          continue
        }
        if (await run(entry, abort.signal)) done++
        else if (!abort.signal.aborted) failed++
      }
      setRunning(false)
      setOutcome({ done, failed, cancelled: abort.signal.aborted })
    },
    [run],
  )

  const cancel = useCallback(() => controller.current?.abort(), [])
  return { states, running, outcome, exportOne, exportAll, cancel }
}
