import { join } from 'node:path'
import type { County } from '../../shared/county/county-schema'
import { countyFileStem, countyName, summaryFileStem } from '../../shared/export/county-names'
import { countyPrintPath, summaryPrintPath } from '../../shared/export/print-paths'
import { safeFileName, uniqueFileNames } from '../../shared/export/safe-file-name'
import type { Locale } from '../../shared/locale/locale'
import { writeFileAtomic } from './atomic-write'
import type { PdfEngine } from './pdf-engine'

export interface ExportRequest {
  engine: PdfEngine
  /** The hub serving the print views, e.g. http://127.0.0.1:4317 */
  hubUrl: string
  workshopId: string
  /** In the order to print them. */
  counties: readonly County[]
  locale: Locale
  outDir: string
  /** Printed on every cover, so all files of one export carry the same time. */
  exportedAt: string
  /** Also print the workshop summary (all counties side by side). */
  summary: boolean
  signal?: AbortSignal
  onProgress?: (event: ExportEvent) => void
}

/** One document of an export: a county's plan, or the workshop summary. */
export interface ExportItem {
  kind: 'county' | 'summary'
  /** The county's name in the export language, or the summary's title. */
  label: string
  fileName: string
  path: string
}

export type ExportEvent =
  | { kind: 'started'; index: number; total: number; item: ExportItem }
  | {
      kind: 'written'
      index: number
      total: number
      item: ExportItem
      pages: number
      bytes: number
      ms: number
    }
  | { kind: 'failed'; index: number; total: number; item: ExportItem; message: string }

export interface ExportResult {
  written: ExportItem[]
  failed: { item: ExportItem; message: string }[]
  /** True when the signal stopped the export before every item was tried. */
  cancelled: boolean
}

/** Pages in a Chromium PDF (its page objects are not compressed), for the progress line only. */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length
}

/** The documents of an export with their (safe, unique) file names, counties first, the summary last. */
export function planExportItems(
  counties: readonly County[],
  locale: Locale,
  outDir: string,
  summary: boolean,
): ExportItem[] {
  const draft: { kind: ExportItem['kind']; label: string; name: string }[] = counties.map((county) => ({
    kind: 'county',
    label: countyName(county, locale),
    name: safeFileName(countyFileStem(county, locale), 'pdf', `county-${county.id}`),
  }))
  if (summary) {
    const label = summaryFileStem(locale)
    draft.push({ kind: 'summary', label, name: safeFileName(label, 'pdf', 'summary') })
  }
  const names = uniqueFileNames(draft.map((item) => item.name))
  return draft.map((item, index) => ({
    kind: item.kind,
    label: item.label,
    fileName: names[index]!,
    path: join(outDir, names[index]!),
  }))
}

/**
 * Prints every county's plan (and the summary) to its own PDF, one after another. A county that fails
 * is reported and the others still print; every file is written whole or not at all (atomic rename).
 */
export async function exportPlans(request: ExportRequest): Promise<ExportResult> {
  const { engine, hubUrl, workshopId, counties, locale, outDir, exportedAt } = request
  const items = planExportItems(counties, locale, outDir, request.summary)
  const query = { lang: locale, exportedAt }
  const result: ExportResult = { written: [], failed: [], cancelled: false }
  for (const [index, item] of items.entries()) {
    if (request.signal?.aborted) {
      result.cancelled = true
      break
    }
    const total = items.length
    request.onProgress?.({ kind: 'started', index, total, item })
    const started = performance.now()
    try {
      const county = counties[index]
      const path =
        item.kind === 'county' && county
          ? countyPrintPath(workshopId, county.id, query)
          : summaryPrintPath(workshopId, query)
      const pdf = await engine.printPage(new URL(path, hubUrl).href)
      writeFileAtomic(item.path, pdf)
      result.written.push(item)
      request.onProgress?.({
        kind: 'written',
        index,
        total,
        item,
        pages: countPdfPages(pdf),
        bytes: pdf.length,
        ms: performance.now() - started,
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      result.failed.push({ item, message })
      request.onProgress?.({ kind: 'failed', index, total, item, message })
    }
  }
  return result
}
