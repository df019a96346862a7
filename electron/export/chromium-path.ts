import { accessSync, constants, statSync } from 'node:fs'

/** Where Chromium or Chrome usually lives; the first that exists is used unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

export type ChromiumLookup =
  | { found: true; path: string }
  /** CHROMIUM_PATH names a file that is not there: said so rather than silently using another browser. */
  | { found: false; reason: 'env-path-missing'; path: string }
  | { found: false; reason: 'not-found'; searched: readonly string[] }

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** CHROMIUM_PATH when set, else the first installed candidate. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
  candidates: readonly string[] = CHROMIUM_CANDIDATES,
): ChromiumLookup {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { found: true, path: fromEnv }
      : { found: false, reason: 'env-path-missing', path: fromEnv }
  }
  const path = candidates.find((candidate) => isExecutable(candidate))
  return path ? { found: true, path } : { found: false, reason: 'not-found', searched: candidates }
}
