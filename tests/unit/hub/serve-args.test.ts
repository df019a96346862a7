import { describe, expect, it } from 'vitest'
import { defaultDataDir, parseServeArgs, UsageError } from '../../../electron/hub/cli/serve-args'

describe('npm run serve arguments', () => {
  const env = { XDG_DATA_HOME: '/home/u/.data' }

  it('defaults to loopback, port 4317 and the XDG data folder', () => {
    expect(parseServeArgs([], env)).toEqual({
      dataDir: '/home/u/.data/plan-workshop',
      port: 4317,
      host: '127.0.0.1',
      demo: false,
    })
  })

  it('falls back to ~/.local/share when XDG_DATA_HOME is unset', () => {
    expect(defaultDataDir({})).toMatch(/\.local\/share\/plan-workshop$/)
  })

  it('reads --data, --port, --host and --demo', () => {
    expect(parseServeArgs(['--data', '/tmp/x', '--port', '0', '--host', '0.0.0.0', '--demo'], env)).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      host: '0.0.0.0',
      demo: true,
      dataDirGiven: true,
    })
  })

  it('reads the recovery options: --restore-backup NAME|latest, --start-empty, --recovery, --verbose', () => {
    expect(
      parseServeArgs(['--restore-backup', 'latest', '--start-empty', '--recovery', '--verbose'], env),
    ).toMatchObject({ restoreBackup: 'latest', startEmpty: true, recovery: true, verbose: true })
    expect(() => parseServeArgs(['--restore-backup'], env)).toThrow(/--restore-backup needs a value/)
  })

  it.each([
    [['--port', 'eighty'], /--port must be a number/],
    [['--port', '70000'], /--port must be a number/],
    [['--data'], /--data needs a value/],
    [['--data', '--demo'], /--data needs a value/],
    [['--loud'], /Unknown option "--loud"/],
  ])('explains what is wrong with %j', (argv, message) => {
    expect(() => parseServeArgs(argv, env)).toThrow(UsageError)
    expect(() => parseServeArgs(argv, env)).toThrow(message)
  })

  it('says it in Chinese too, with the usage', () => {
    expect(() => parseServeArgs(['--port', 'eighty'], env)).toThrow(/--port 应为 0 到 65535 之间的数字/)
    expect(() => parseServeArgs(['--colour'], env)).toThrow(/Usage \/ 用法: npm run serve/)
  })
})
