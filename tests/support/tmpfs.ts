import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Small RAM-backed file systems for the disk-full and read-only tests. Mounting needs root (CI runs as
 * root); `tmpfsUnavailable` says why it cannot be done here, so those tests skip with that reason.
 */
export const tmpfsUnavailable: string | null = probe()

function probe(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'plan-workshop-tmpfs-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'pipe' })
    execFileSync('umount', [dir], { stdio: 'pipe' })
    return null
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? error).trim()
    return `mounting a tmpfs is not permitted here (it needs root): ${detail}`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface Tmpfs {
  path: string
  remount(mode: 'ro' | 'rw'): void
  remove(): void
}

/** A fresh tmpfs of `size` (e.g. '2m') on a new temp folder. */
export function mountTmpfs(size: string): Tmpfs {
  const path = mkdtempSync(join(tmpdir(), 'plan-workshop-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', path], { stdio: 'pipe' })
  return {
    path,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, path], { stdio: 'pipe' }),
    remove: () => {
      execFileSync('umount', ['-l', path], { stdio: 'pipe' })
      rmSync(path, { recursive: true, force: true })
    },
  }
}
