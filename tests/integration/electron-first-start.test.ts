import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installFailureReason } from '../../electron/launcher/electron-install'
import { downloadHost, electronForLaunch } from '../../electron/launcher/electron-for-launch'
import { PROJECT_ROOT } from '../../electron/hub/app-paths'
import { makeTempDir } from '../support/temp-dir'

/**
 * `npm start` on a fresh checkout: the electron package is installed but its binary is not (Electron downloads
 * it on first use). The launcher must run the package's own installer, and only when that fails explain why.
 * A stand-in electron package folder plays the real one: its install.js either "downloads" a binary or fails.
 */

const INSTALL_OK = `
const fs = require('fs'); const path = require('path')
console.log('stand-in installer: downloading')
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true })
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\necho stand-in electron "$@"\\n', { mode: 0o755 })
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron')
`

// Fails the way the real installer does offline: a fetch that cannot connect, its stack printed, exit 1.
const installOffline = (closedPort: number) => `
fetch('http://127.0.0.1:${closedPort}/electron-v45.5.0-linux-x64.zip')
  .then(() => process.exit(0))
  .catch((err) => { console.error(err.stack); process.exit(1) })
`

const temp: { remove(): void }[] = []
afterEach(() => {
  for (const dir of temp.splice(0)) dir.remove()
  vi.restoreAllMocks()
})

/** A project root whose node_modules/electron holds a package.json and the given install.js. */
function projectWithElectron(installScript: string): { root: string; electronDir: string } {
  const dir = makeTempDir('electron-stand-in-')
  temp.push(dir)
  const electronDir = join(dir.path, 'node_modules', 'electron')
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }))
  writeFileSync(join(electronDir, 'install.js'), installScript)
  return { root: dir.path, electronDir }
}

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function captureConsole(): { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')))
  return { out, err }
}

describe('the first npm start on a machine without the Electron binary', () => {
  it('runs the electron package’s own installer, says it is downloading, and continues with the binary', async () => {
    const { root, electronDir } = projectWithElectron(INSTALL_OK)
    const said = captureConsole()

    const path = await electronForLaunch(root)

    expect(path).toBe(join(electronDir, 'dist', 'electron'))
    expect(execFileSync(path!, ['--version'], { encoding: 'utf8' })).toContain('stand-in electron --version')
    expect(said.out.join('\n')).toMatch(/downloading the Electron 45\.5\.0 desktop runtime/)
    expect(said.out.join('\n')).toMatch(/正在从 github\.com 下载 Electron 45\.5\.0/)
    expect(said.err).toEqual([])
  })

  it('does not run the installer again once the binary is there', async () => {
    const { root, electronDir } = projectWithElectron(INSTALL_OK)
    captureConsole()
    await electronForLaunch(root)
    writeFileSync(join(electronDir, 'install.js'), 'process.exit(3)')
    const said = captureConsole()

    expect(await electronForLaunch(root)).toBe(join(electronDir, 'dist', 'electron'))
    expect(said.out).toEqual([])
  })

  it('when the download fails, prints the reason in both languages and points to npm run serve', async () => {
    const { root } = projectWithElectron(installOffline(await closedPort()))
    const said = captureConsole()

    expect(await electronForLaunch(root)).toBeUndefined()

    const message = said.err.join('\n')
    expect(message).toContain('Reason: TypeError: fetch failed (ECONNREFUSED')
    expect(message).toContain('原因：TypeError: fetch failed (ECONNREFUSED')
    expect(message).toContain('npm run serve')
    expect(message).toContain('ELECTRON_MIRROR')
    expect(message).toMatch(/无法安装 Electron 桌面运行环境/)
  })

  it('says so when the installer succeeds but leaves no binary behind', async () => {
    const { root } = projectWithElectron('process.exit(0)')
    const said = captureConsole()

    expect(await electronForLaunch(root)).toBeUndefined()
    expect(said.err.join('\n')).toContain('the installer finished but left no binary')
  })

  it('drives the installer the real electron package ships (bin install-electron)', () => {
    const electronDir = join(PROJECT_ROOT, 'node_modules', 'electron')
    const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
    }
    expect(pkg.bin['install-electron']).toBe('install.js')
  })
})

describe('where the first start downloads from', () => {
  it('is GitHub unless a mirror is set', () => {
    expect(downloadHost({})).toBe('github.com')
    expect(downloadHost({ ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/' })).toBe('npmmirror.com')
  })
})

describe('why an install failed, in one line', () => {
  it('names the network cause behind "fetch failed"', () => {
    const reported =
      'TypeError: fetch failed\n    at FetchDownloader.download\ncause: ENOTFOUND getaddrinfo ENOTFOUND github.com\n'
    expect(installFailureReason(reported, 1, null)).toBe(
      'TypeError: fetch failed (ENOTFOUND getaddrinfo ENOTFOUND github.com)',
    )
  })

  it('falls back to the exit code or the signal when the installer said nothing', () => {
    expect(installFailureReason('', 1, null)).toBe('the installer exited with code 1')
    expect(installFailureReason('', null, 'SIGINT')).toBe('the installer was stopped by SIGINT')
  })
})
