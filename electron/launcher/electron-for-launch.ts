import { ensureElectron } from './ensure-electron'
import { electronPackageDir } from './find-electron'
import { downloadingElectronMessage, missingElectronMessage } from './launcher-messages'

/**
 * The Electron binary for `npm start` and `npm run rebuild:electron`, downloaded on first use, with each step
 * said on the terminal; undefined after the reason and the way forward have been printed.
 */
export async function electronForLaunch(projectRoot: string): Promise<string | undefined> {
  const electron = await ensureElectron(electronPackageDir(projectRoot), {
    onDownload: (version) => console.log(downloadingElectronMessage(version, downloadHost(process.env))),
  })
  if (electron.ok) return electron.path
  console.error(missingElectronMessage(electron.expectedPath, electron.reason))
  return undefined
}

/** Where the installer downloads from: a mirror's host when ELECTRON_MIRROR names one, else GitHub. */
export function downloadHost(env: Readonly<Record<string, string | undefined>>): string {
  try {
    return env.ELECTRON_MIRROR ? new URL(env.ELECTRON_MIRROR).host : 'github.com'
  } catch {
    return env.ELECTRON_MIRROR ?? 'github.com'
  }
}
