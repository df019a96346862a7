import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the bytes go to a
 * hidden temp file in the same folder (so the rename cannot cross file systems), are flushed to disk,
 * and the temp file is renamed over the target. On any failure the temp file is removed.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number | null = null
  try {
    fd = openSync(temp, 'wx')
    let offset = 0
    while (offset < data.length) offset += writeSync(fd, data, offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = null
    renameSync(temp, path)
  } catch (error) {
    if (fd !== null) closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
}
