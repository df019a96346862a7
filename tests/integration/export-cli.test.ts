import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_RENDERER_DIR, PROJECT_ROOT } from '../../electron/hub/app-paths'
import { seedExportData, type ExportData } from '../support/export-data'
import { makeTempDir } from '../support/temp-dir'

/** `npm run export` as a user runs it: its own process, its exit code, what it prints, what it writes. */
function runExport(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'electron/export/cli/export-cli.ts'), ...args],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run export', () => {
  let temp: ReturnType<typeof makeTempDir>
  let dataDir: string
  let data: ExportData
  beforeAll(() => {
    temp = makeTempDir('plan-export-cli-')
    dataDir = join(temp.path, 'data')
    data = seedExportData(dataDir)
  })
  afterAll(() => temp.remove())

  it('refuses a data folder that holds no workshop data, in both languages, and creates nothing', () => {
    const out = join(temp.path, 'out-missing-data')
    const missing = join(temp.path, 'no-such-folder')
    const result = runExport(['--data', missing, '--out', out])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain(`No Plan Workshop data was found in ${missing}`)
    expect(result.stderr).toContain('找不到规划工坊的数据')
    expect(existsSync(missing)).toBe(false)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses an unknown county, listing the ones there are, and writes nothing', () => {
    const out = join(temp.path, 'out-unknown-county')
    const result = runExport(['--data', dataDir, '--out', out, '--county', '不存在县'])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('The workshop has no county "不存在县"')
    expect(result.stderr).toContain('培训班中没有“不存在县”这个县')
    expect(result.stderr).toContain(`${data.lueyang.id}  略阳县`)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses an unknown workshop', () => {
    const result = runExport([
      '--data',
      dataDir,
      '--out',
      join(temp.path, 'x'),
      '--workshop',
      'no-such-workshop',
    ])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('There is no workshop "no-such-workshop"')
    expect(result.stderr).toContain(data.workshopId)
  })

  it('says when no Chromium can be used, and writes nothing', () => {
    const out = join(temp.path, 'out-no-chromium')
    const result = runExport(['--data', dataDir, '--out', out], {
      CHROMIUM_PATH: join(temp.path, 'no-chromium'),
    })
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('CHROMIUM_PATH is set to')
    expect(result.stderr).toContain('该位置没有浏览器程序')
    expect(existsSync(out)).toBe(false)
  })

  it('explains its usage when an option is wrong', () => {
    const result = runExport(['--data', dataDir, '--out', 'x', '--lang', 'fr'])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toContain('--lang must be zh-CN or en')
    expect(result.stderr).toContain('npm run export -- --data DIR --out DIR')
  })

  it.runIf(existsSync(join(BUILT_RENDERER_DIR, 'index.html')))(
    'writes one PDF per county and the summary, with a progress line for each',
    () => {
      const out = join(temp.path, 'out-all')
      const result = runExport(['--data', dataDir, '--out', out, '--lang', 'en'])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const documents = data.counties.length + 1
      expect(readdirSync(out).sort()).toEqual(
        [
          ...data.counties.map((county) => `${county.nameEn || county.name} plan.pdf`),
          'Headline targets of all counties.pdf',
        ].sort(),
      )
      for (let n = 1; n <= documents; n++)
        expect(result.stdout).toMatch(new RegExp(`\\[${n}/${documents}\\] .+: \\d+ pages`))
      expect(result.stdout).toContain(`Wrote ${documents} PDFs to ${out}.`)
    },
    120_000,
  )
})
