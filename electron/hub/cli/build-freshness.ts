import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The latest modification time under a file or folder (node_modules and dotfiles never count); null if missing. */
export function newestChange(path: string): number | null {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return null
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    newest = Math.max(newest, newestChange(join(path, name)) ?? 0)
  }
  return newest
}

/**
 * Whether a build output is missing or older than any of its sources: then running it would run
 * yesterday's code without saying so. Sources that do not exist (a packaged app has none) never make it stale.
 */
export function isBuildStale(output: string, sources: readonly string[]): boolean {
  const built = newestChange(output)
  if (built === null) return true
  return sources.some((source) => (newestChange(source) ?? 0) > built)
}
