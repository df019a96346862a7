import Database from 'better-sqlite3'
import { createHash, randomBytes } from 'node:crypto'
import {
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE_NAME } from '../../electron/hub/store/open-database'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { runServeToExit, startHubProcess, type HubProcess } from '../support/hub-process'
import { makeTempDir } from '../support/temp-dir'
import { mountTmpfs, tmpfsUnavailable, type Tmpfs } from '../support/tmpfs'

const SIBLINGS = ['', '-wal', '-shm']
const PAGE = 4096

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** The database and its siblings as they are now: name → content hash. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const suffix of SIBLINGS) {
    const path = join(dir, DATABASE_FILE_NAME + suffix)
    if (existsSync(path)) files[DATABASE_FILE_NAME + suffix] = sha(path)
  }
  return files
}

async function json<T>(hub: HubProcess, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${hub.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as T
}

/**
 * A data folder with one workshop, backed up. `kill`: started again, changed, and killed as by a power
 * cut, so the -wal and -shm files are there too (and the workshops table stays in the main file).
 */
async function workshopFolder(dataDir: string, stop: 'kill' | 'stop'): Promise<void> {
  let hub = await startHubProcess(dataDir)
  const workshop = await json<ApiResponse<'createWorkshop'>>(hub, 'POST', API_ROUTES.workshops, {
    title: '2018 贫困县扶贫培训班',
    startDate: '2018-03-01',
    endDate: '2018-03-02',
    language: 'zh-CN',
  })
  await json(hub, 'POST', API_ROUTES.backups)
  await hub.stop()
  if (stop === 'stop') return
  hub = await startHubProcess(dataDir)
  await json(hub, 'POST', apiPath(API_ROUTES.counties, { workshopId: workshop.id }), { name: '略阳县' })
  await hub.kill('SIGKILL')
}

/** Overwrites one b-tree page in the middle of the file (the workshops table's), as a bad sector would. */
function overwriteMidFile(path: string): void {
  const db = new Database(path, { readonly: true })
  const root = db
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'workshops'")
    .pluck()
    .get() as number
  db.close()
  const fd = openSync(path, 'r+')
  writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, (root - 1) * PAGE)
  closeSync(fd)
}

const DAMAGES: [string, 'kill' | 'stop', RegExp, (path: string) => void][] = [
  // Killed: the -wal and -shm files are there too, and must move with it unchanged.
  ['bytes overwritten in the middle', 'kill', /is damaged/, overwriteMidFile],
  ['a 0-byte file', 'stop', /is empty \(0 bytes\)/, (path) => truncateSync(path, 0)],
  [
    'a truncated file',
    'stop',
    /is damaged|cannot be opened/,
    (path) => truncateSync(path, Math.floor(statSync(path).size / PAGE / 2) * PAGE),
  ],
  ['random bytes', 'stop', /is not a database/, (path) => writeFileSync(path, randomBytes(64 * 1024))],
]

describe('a database that cannot be used at start', () => {
  const dirs: { remove(): void }[] = []
  let hub: HubProcess | undefined
  afterEach(async () => {
    await hub?.stop()
    hub = undefined
    dirs.splice(0).forEach((dir) => dir.remove())
  })

  it.each(DAMAGES)(
    '%s: set aside byte-for-byte, said in words, never replaced silently, and restored from the newest backup',
    { timeout: 180_000 },
    async (_case, stop, sentence, damage) => {
      const dir = makeTempDir()
      dirs.push(dir)
      await workshopFolder(dir.path, stop)
      damage(join(dir.path, DATABASE_FILE_NAME))
      const damaged = fingerprint(dir.path)
      expect(Object.keys(damaged)).toHaveLength(stop === 'kill' ? 3 : 1)

      const first = await runServeToExit(['--data', dir.path, '--port', '0'])
      expect(first.code).toBe(1)
      expect(first.output).toMatch(sentence)
      expect(first.output).toMatch(/Nothing in it was changed/)
      expect(first.output).toMatch(/The newest good backup is from .* \(backup-.*-(manual|quit)\.sqlite\)/)
      expect(first.output).toMatch(/--restore-backup latest/)
      expect(first.output).not.toMatch(/\n\s+at /)
      const [quarantine] = readdirSync(join(dir.path, 'quarantine'))
      const quarantineDir = join(dir.path, 'quarantine', quarantine!)
      expect(first.output).toContain(quarantineDir)
      expect(fingerprint(quarantineDir)).toEqual(damaged)

      // Started again without a choice: still no new database in its place.
      const again = await runServeToExit(['--data', dir.path, '--port', '0', '--demo'])
      expect(again.code).toBe(1)
      expect(existsSync(join(dir.path, DATABASE_FILE_NAME))).toBe(false)
      expect(fingerprint(quarantineDir)).toEqual(damaged)

      hub = await startHubProcess(dir.path, {
        args: ['--restore-backup', 'latest'],
        env: { LANG: 'en_US.UTF-8' },
      })
      expect(hub.log).toMatch(/Restored the backup from/)
      const workshops = await json<ApiResponse<'listWorkshops'>>(hub, 'GET', API_ROUTES.workshops)
      expect(workshops.map((workshop) => workshop.title)).toEqual(['2018 贫困县扶贫培训班'])
    },
  )

  it('a missing data folder (its drive not connected) gets a sentence, and nothing is created', async () => {
    const dir = makeTempDir()
    dirs.push(dir)
    const missing = join(dir.path, 'usb-drive', 'plan-workshop')
    const result = await runServeToExit(['--data', missing, '--port', '0'])
    expect(result.code).toBe(1)
    expect(result.output).toMatch(new RegExp(`The data folder ${missing} does not exist`))
    expect(result.output).not.toMatch(/\n\s+at /)
    expect(existsSync(join(dir.path, 'usb-drive'))).toBe(false)
  })

  it.skipIf(tmpfsUnavailable)(
    `a read-only data folder gets a sentence, is left as it was, and works once writable again${tmpfsUnavailable ? ` (skipped: ${tmpfsUnavailable})` : ''}`,
    { timeout: 120_000 },
    async () => {
      const volume: Tmpfs = mountTmpfs('8m')
      dirs.push(volume)
      await workshopFolder(volume.path, 'stop')
      const before = fingerprint(volume.path)
      volume.remount('ro')
      const result = await runServeToExit(['--data', volume.path, '--port', '0'])
      expect(result.code).toBe(1)
      expect(result.output).toMatch(new RegExp(`The data folder ${volume.path} cannot be written to`))
      expect(result.output).not.toMatch(/\n\s+at /)
      expect(fingerprint(volume.path)).toEqual(before)

      volume.remount('rw')
      hub = await startHubProcess(volume.path)
      const workshops = await json<ApiResponse<'listWorkshops'>>(hub, 'GET', API_ROUTES.workshops)
      expect(workshops).toHaveLength(1)
    },
  )
})
