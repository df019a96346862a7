import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { DamageKind } from '../../../../shared/backups/backup-schema'

/** The database file and the files SQLite keeps beside it; they belong together. */
export const SIBLING_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const

/** Written into each quarantine folder; `resolved` once the facilitator restored a backup or started afresh. */
export const QUARANTINE_NOTE = 'recovery.json'

export interface QuarantineNote {
  problem: DamageKind
  quarantinedAt: string
  databasePath: string
  files: string[]
  resolved: boolean
}

export function quarantineRoot(dataDir: string): string {
  return join(dataDir, 'quarantine')
}

/**
 * Moves the database and its siblings, unchanged (a rename), into `<data>/quarantine/<time>/`, with a
 * note saying why. Renames within the data folder never copy, so the files stay byte-for-byte what they were.
 */
export function quarantineDatabase(
  dataDir: string,
  databasePath: string,
  problem: DamageKind,
  now = new Date(),
): { dir: string; note: QuarantineNote } {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  let dir = join(quarantineRoot(dataDir), stamp)
  for (let n = 2; existsSync(dir); n++) dir = join(quarantineRoot(dataDir), `${stamp}-${n}`)
  mkdirSync(dir, { recursive: true })
  const files: string[] = []
  for (const suffix of SIBLING_SUFFIXES) {
    const path = databasePath + suffix
    if (!existsSync(path)) continue
    renameSync(path, join(dir, basename(path)))
    files.push(basename(path))
  }
  const note: QuarantineNote = {
    problem,
    quarantinedAt: now.toISOString(),
    databasePath,
    files,
    resolved: false,
  }
  writeNote(dir, note)
  return { dir, note }
}

/** The newest quarantine the facilitator has not yet dealt with, if any. */
export function unresolvedQuarantine(dataDir: string): { dir: string; note: QuarantineNote } | null {
  const root = quarantineRoot(dataDir)
  let names: string[]
  try {
    names = readdirSync(root).sort().reverse()
  } catch {
    return null
  }
  for (const name of names) {
    const dir = join(root, name)
    try {
      const note = JSON.parse(readFileSync(join(dir, QUARANTINE_NOTE), 'utf8')) as QuarantineNote
      return note.resolved ? null : { dir, note }
    } catch {
      continue
    }
  }
  return null
}

export function markResolved(dir: string, note: QuarantineNote): void {
  writeNote(dir, { ...note, resolved: true })
}

function writeNote(dir: string, note: QuarantineNote): void {
  writeFileSync(join(dir, QUARANTINE_NOTE), `${JSON.stringify(note, null, 2)}\n`)
}
