import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import {
  WORKSHOP_FILE_FORMAT,
  WORKSHOP_FILE_FORMAT_VERSION,
  WORKSHOP_FILE_LIMITS,
  workshopFileManifestSchema,
  type WorkshopFileManifest,
} from '../../../shared/workshop-file/workshop-file-format'
import type { WorkshopFileProblem } from '../../../shared/workshop-file/workshop-file-problems'

/** An import refused for a reason the facilitator is told in a sentence; nothing was written. */
export class WorkshopFileError extends Error {
  constructor(
    readonly problem: WorkshopFileProblem,
    /** The section at fault, when there is one. */
    readonly section?: string,
  ) {
    super(section ? `${problem} (${section})` : problem)
  }
}

const GZIP_MAGIC = [0x1f, 0x8b]
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** The file's bytes: the manifest line, then one line per section, gzipped. */
export function packWorkshopFile(
  header: Omit<WorkshopFileManifest, 'format' | 'formatVersion' | 'sections'>,
  sections: readonly [name: string, data: unknown][],
): Buffer {
  const lines = sections.map(([name, data]) => ({
    name,
    line: Buffer.from(JSON.stringify({ section: name, data }), 'utf8'),
  }))
  const manifest: WorkshopFileManifest = {
    format: WORKSHOP_FILE_FORMAT,
    formatVersion: WORKSHOP_FILE_FORMAT_VERSION,
    ...header,
    sections: lines.map(({ name, line }) => ({ name, bytes: line.length, sha256: sha256(line) })),
  }
  const text = [Buffer.from(JSON.stringify(manifest), 'utf8'), ...lines.map(({ line }) => line)]
  return gzipSync(Buffer.concat(text.flatMap((line) => [line, Buffer.from('\n')])))
}

function gunzip(file: Uint8Array): Buffer {
  if (file.length < 2 || file[0] !== GZIP_MAGIC[0] || file[1] !== GZIP_MAGIC[1])
    throw new WorkshopFileError('notWorkshopFile')
  try {
    return gunzipSync(file, { maxOutputLength: WORKSHOP_FILE_LIMITS.unpackedBytes })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new WorkshopFileError('tooLarge')
    // zlib's "unexpected end of file": the stream stops before its end marker.
    if (code === 'Z_BUF_ERROR') throw new WorkshopFileError('truncated')
    throw new WorkshopFileError('damaged')
  }
}

function parseJson(line: Buffer): unknown {
  try {
    return JSON.parse(line.toString('utf8'))
  } catch {
    return undefined
  }
}

/**
 * The manifest and each section's data (still unchecked against its schema), or a WorkshopFileError:
 * not gzip or no manifest of ours → not a workshop file; a newer format version → refused before
 * anything else is read; sections missing at the end → truncated; a checksum that differs → damaged.
 */
export function unpackWorkshopFile(file: Uint8Array): {
  manifest: WorkshopFileManifest
  sections: Map<string, unknown>
} {
  if (file.length > WORKSHOP_FILE_LIMITS.fileBytes) throw new WorkshopFileError('tooLarge')
  const text = gunzip(file)
  const lines: Buffer[] = []
  let start = 0
  for (let end = text.indexOf(10); end !== -1; end = text.indexOf(10, start)) {
    lines.push(text.subarray(start, end))
    start = end + 1
  }
  const rest = text.subarray(start)

  const head = lines.length > 0 ? parseJson(lines[0]!) : parseJson(rest)
  const format = (head as { format?: unknown } | undefined)?.format
  if (format !== WORKSHOP_FILE_FORMAT) throw new WorkshopFileError('notWorkshopFile')
  const version = (head as { formatVersion?: unknown }).formatVersion
  if (typeof version === 'number' && version > WORKSHOP_FILE_FORMAT_VERSION)
    throw new WorkshopFileError('newerVersion')
  const manifest = workshopFileManifestSchema.safeParse(head)
  if (!manifest.success) throw new WorkshopFileError('damaged', 'manifest')

  const listed = manifest.data.sections
  const sectionLines = lines.slice(1)
  // Every line ends with a newline, so a file cut short loses whole lines or leaves a partial last one.
  if (sectionLines.length < listed.length || rest.length > 0) throw new WorkshopFileError('truncated')
  if (sectionLines.length > listed.length) throw new WorkshopFileError('damaged')
  const sections = new Map<string, unknown>()
  listed.forEach((entry, index) => {
    const line = sectionLines[index]!
    if (line.length !== entry.bytes || sha256(line) !== entry.sha256)
      throw new WorkshopFileError('damaged', entry.name)
    const parsed = parseJson(line) as { section?: unknown; data?: unknown } | undefined
    if (parsed?.section !== entry.name || sections.has(entry.name))
      throw new WorkshopFileError('damaged', entry.name)
    sections.set(entry.name, parsed.data)
  })
  return { manifest: manifest.data, sections }
}
