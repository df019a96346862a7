import { electronPackageVersion, findElectron } from './find-electron'
import { runElectronInstaller, type InstallOutcome } from './electron-install'

export type ReadyElectron = { ok: true; path: string } | { ok: false; expectedPath: string; reason: string }

export interface EnsureElectronOptions {
  /** Told before the download starts, with the version the installer fetches. */
  onDownload(version: string | undefined): void
  install?: (electronDir: string) => Promise<InstallOutcome>
}

/**
 * The Electron binary, downloaded first when it is missing, as the electron package itself would on first
 * `require('electron')`. A missing binary is the normal state of a fresh checkout, not a reason to give up;
 * giving up is for when the download fails (offline, proxy, blocked host), and then the reason travels along.
 */
export async function ensureElectron(
  electronDir: string,
  options: EnsureElectronOptions,
): Promise<ReadyElectron> {
  const before = findElectron(electronDir)
  if (before.found) return { ok: true, path: before.path }
  // A binary placed by hand (ELECTRON_OVERRIDE_DIST_PATH) is the person's choice; downloading would ignore it.
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH?.trim()) {
    return {
      ok: false,
      expectedPath: before.expectedPath,
      reason: 'ELECTRON_OVERRIDE_DIST_PATH names no binary',
    }
  }
  options.onDownload(electronPackageVersion(electronDir))
  const installed = await (options.install ?? runElectronInstaller)(electronDir)
  if (!installed.ok) return { ok: false, expectedPath: before.expectedPath, reason: installed.reason }
  const after = findElectron(electronDir)
  if (after.found) return { ok: true, path: after.path }
  return { ok: false, expectedPath: after.expectedPath, reason: 'the installer finished but left no binary' }
}
