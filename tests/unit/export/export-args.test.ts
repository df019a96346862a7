import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportUsageError, parseExportArgs } from '../../../electron/export/cli/export-args'

describe('export arguments', () => {
  it('reads every option', () => {
    expect(
      parseExportArgs(
        ['--data', 'd', '--out', 'o', '--workshop', 'w1', '--county', '略阳县', '--lang', 'en'],
        {},
      ),
    ).toEqual({ dataDir: resolve('d'), outDir: resolve('o'), workshopId: 'w1', county: '略阳县', lang: 'en' })
  })

  it('defaults to every county, the workshop language and the XDG data folder', () => {
    expect(parseExportArgs(['--out', 'o'], { XDG_DATA_HOME: '/x' })).toEqual({
      dataDir: '/x/plan-workshop',
      outDir: resolve('o'),
      workshopId: null,
      county: 'all',
      lang: null,
    })
  })

  it.each([
    [['--data', 'd'], /--out DIR/],
    [['--out'], /--out needs a value[\s\S]*后面需要给出一个值/],
    [['--out', 'o', '--lang', 'fr'], /zh-CN or en[\s\S]*只能是/],
    [['--out', 'o', '--pages', '3'], /Unknown option "--pages"[\s\S]*未知选项/],
  ])('refuses %j with a message in both languages', (argv, message) => {
    expect(() => parseExportArgs(argv, {})).toThrow(ExportUsageError)
    expect(() => parseExportArgs(argv, {})).toThrow(message)
  })
})
