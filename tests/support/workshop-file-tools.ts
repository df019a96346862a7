import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import * as Y from 'yjs'
import type { TestHub } from './hub-client'

/** The file's text lines (manifest first), as a test edits them; the file ends with a newline. */
export function fileLines(file: Uint8Array): string[] {
  return gunzipSync(file).toString('utf8').split('\n').slice(0, -1)
}

export const packLines = (lines: readonly string[]) =>
  gzipSync(Buffer.from(lines.map((l) => `${l}\n`).join('')))

const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')

/**
 * The file with one section's data changed by `change`. With `keepChecksum` the manifest still vouches
 * for the old bytes (a damaged file); without, it is updated (a well-formed file with other content).
 */
export function withSection(
  file: Uint8Array,
  name: string,
  change: (data: unknown) => unknown,
  keepChecksum = false,
): Buffer {
  const [head, ...sections] = fileLines(file)
  const manifest = JSON.parse(head!) as { sections: { name: string; bytes: number; sha256: string }[] }
  const index = manifest.sections.findIndex((section) => section.name === name)
  const parsed = JSON.parse(sections[index]!) as { section: string; data: unknown }
  sections[index] = JSON.stringify({ section: name, data: change(parsed.data) })
  if (!keepChecksum) {
    manifest.sections[index] = {
      name,
      bytes: Buffer.byteLength(sections[index]!, 'utf8'),
      sha256: sha256(sections[index]!),
    }
  }
  return packLines([JSON.stringify(manifest), ...sections])
}

export function withManifest(file: Uint8Array, change: (manifest: Record<string, unknown>) => void): Buffer {
  const [head, ...sections] = fileLines(file)
  const manifest = JSON.parse(head!) as Record<string, unknown>
  change(manifest)
  return packLines([JSON.stringify(manifest), ...sections])
}

/** Every table's row count: what an import that changes nothing leaves exactly as it was. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get() as number]),
  )
}

/** A live document's state rebuilt from the store (snapshot and log), as one update. */
export function storedState(t: TestHub, name: string): Uint8Array {
  const stored = t.hub.store.liveDocs.load(name)
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  const state = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return state
}

export async function downloadWorkshopFile(
  t: TestHub,
  path: string,
): Promise<{ file: Buffer; headers: Headers }> {
  const response = await fetch(`${t.hub.url}${path}`)
  if (response.status !== 200) throw new Error(`download failed: ${response.status} ${await response.text()}`)
  return { file: Buffer.from(await response.arrayBuffer()), headers: response.headers }
}

export async function uploadWorkshopFile<T = unknown>(
  t: TestHub,
  path: string,
  file: Uint8Array,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  // A change carries the facilitator token, as the facilitator's window sends it, unless `headers` names its own.
  const named = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
  const credential: Record<string, string> = named
    ? {}
    : { authorization: `Bearer ${t.hub.access.facilitatorToken()}` }
  const response = await fetch(`${t.hub.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...credential, ...headers },
    body: new Blob([new Uint8Array(file)]),
  })
  return { status: response.status, body: (await response.json()) as T }
}
