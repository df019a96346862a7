import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type InstallOutcome = { ok: true } | { ok: false; reason: string }

const ERROR_TAP = fileURLToPath(new URL('./installer-error-tap.cjs', import.meta.url))

/**
 * Runs the electron package's own installer (`install.js`, what `npx install-electron` runs): Electron 42+
 * downloads its binary on first use rather than at `npm install`, so a fresh checkout has none until this ran.
 * The installer gets the terminal (its progress bar needs a TTY); a tap reports its errors on descriptor 3.
 */
export function runElectronInstaller(
  electronDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<InstallOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', ERROR_TAP, join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    })
    let reported = ''
    child.stdio[3]?.on('data', (chunk: Buffer) => (reported += chunk.toString()))
    child.on('error', (error) => resolve({ ok: false, reason: error.message }))
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ ok: true })
      else resolve({ ok: false, reason: installFailureReason(reported, code, signal) })
    })
  })
}

/**
 * One line saying why the installer failed: the network cause when there was one (it names the host and the
 * error, which is what a person behind a proxy or offline needs), else the error's first line, else the exit.
 */
export function installFailureReason(reported: string, code: number | null, signal: string | null): string {
  const lines = reported
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const cause = lines.find((line) => line.startsWith('cause: '))
  const error = lines.find((line) => !line.startsWith('cause: ') && !line.startsWith('at '))
  if (cause && error) return `${error} (${cause.slice('cause: '.length)})`
  if (error) return error
  return signal ? `the installer was stopped by ${signal}` : `the installer exited with code ${String(code)}`
}
