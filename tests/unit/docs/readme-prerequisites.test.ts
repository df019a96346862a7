import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A newcomer reads the README before `npm install`: what it says the machine needs must be what the
 * packages themselves ask for, so it stays true when Electron or the engines field move.
 */
const ROOT = process.cwd()
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const packageJson = (path: string) =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { version: string; engines?: { node?: string } }

/** "22.12" from ">= 22.12.0" or ">=20.19.0". */
const minorOf = (range: string | undefined): string => {
  const found = /(\d+)\.(\d+)/.exec(range ?? '')
  if (!found) throw new Error(`No Node version in the engines range "${range}".`)
  return `${found[1]}.${found[2]}`
}

/** The README's part a newcomer reads before installing. */
const beforeInstall = (): string => {
  const start = readme.indexOf('### Before you install')
  expect(start, 'README has a "Before you install" section').toBeGreaterThanOrEqual(0)
  const end = readme.indexOf('\n#', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

describe('the README’s prerequisites', () => {
  it('names the Node version the app’s engines field asks for, and the one the electron package needs', () => {
    const section = beforeInstall()
    expect(section).toContain(`Node.js ${minorOf(packageJson('package.json').engines?.node)} or newer`)
    expect(section).toContain(
      `Node.js ${minorOf(packageJson('node_modules/electron/package.json').engines?.node)} or newer for the desktop app`,
    )
  })

  it('says how the browser version, the export and the tests find a Chromium, and what builds better-sqlite3', () => {
    const section = beforeInstall()
    expect(section).toContain('CHROMIUM_PATH')
    expect(section).toContain('/usr/bin/chromium')
    expect(section).toMatch(/C\+\+ toolchain where better-sqlite3 has no prebuilt binary/)
  })

  it('says what the first npm start downloads: the Electron version this install pins', () => {
    expect(readme).toContain('The first `npm start` downloads')
    expect(readme).toContain(`Electron ${packageJson('node_modules/electron/package.json').version}`)
  })
})
