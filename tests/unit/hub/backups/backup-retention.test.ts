import { describe, expect, it } from 'vitest'
import { backupsToPrune, type DatedBackup } from '../../../../electron/hub/store/backup/backup-retention'
import { backupName, parseBackupName } from '../../../../shared/backups/backup-schema'

/** Days in UTC, so the tables read the same on every machine. */
const utcDay = (iso: string) => iso.slice(0, 10)
const NOW = new Date('2018-03-12T17:00:00.000Z')

function backups(...times: string[]): DatedBackup[] {
  return times.map((time) => ({ name: time, createdAt: `${time}:00.000Z` }))
}

const prune = (list: DatedBackup[], policy = { today: 4, max: 10 }) =>
  backupsToPrune(list, NOW, policy, utcDay)

describe('which backups a data folder keeps', () => {
  it.each([
    ['nothing to prune with a few backups of today', backups('2018-03-12T09:00', '2018-03-12T10:00'), []],
    [
      'the newest four of today, the older ones of today go',
      backups(
        '2018-03-12T08:00',
        '2018-03-12T09:00',
        '2018-03-12T10:00',
        '2018-03-12T11:00',
        '2018-03-12T12:00',
        '2018-03-12T13:00',
      ),
      ['2018-03-12T09:00', '2018-03-12T08:00'],
    ],
    [
      'one per earlier day: the last of that day',
      backups(
        '2018-03-11T08:00',
        '2018-03-11T12:00',
        '2018-03-11T18:00',
        '2018-03-10T09:00',
        '2018-03-12T09:00',
      ),
      ['2018-03-11T12:00', '2018-03-11T08:00'],
    ],
    [
      'at most ten in all: the oldest days go first',
      backups(
        '2018-03-12T09:00',
        '2018-03-12T10:00',
        '2018-03-12T11:00',
        '2018-03-12T12:00',
        ...Array.from({ length: 9 }, (_, day) => `2018-03-${String(day + 1).padStart(2, '0')}T18:00`),
      ),
      ['2018-03-03T18:00', '2018-03-02T18:00', '2018-03-01T18:00'],
    ],
    ['an empty folder prunes nothing', [], []],
  ])('%s', (_title, list, expected) => {
    expect(prune(list)).toEqual(expected)
  })

  it('keeps a backup dated after today (a clock put back) as one of its own day', () => {
    expect(prune(backups('2018-03-13T09:00', '2018-03-13T10:00', '2018-03-12T09:00'))).toEqual([
      '2018-03-13T09:00',
    ])
  })

  it('decides by the local day it is given, not by UTC', () => {
    // 23:30 UTC on the 11th is already the 12th in Beijing (UTC+8): both count as "today" there.
    const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10)
    const list = backups('2018-03-11T23:30', '2018-03-11T20:00', '2018-03-11T10:00')
    expect(
      backupsToPrune(list, new Date('2018-03-12T01:00:00.000Z'), { today: 4, max: 10 }, beijing),
    ).toEqual([])
    expect(backupsToPrune(list, new Date('2018-03-12T01:00:00.000Z'), { today: 4, max: 10 }, utcDay)).toEqual(
      ['2018-03-11T20:00', '2018-03-11T10:00'],
    )
  })
})

describe('backup file names', () => {
  it('sort by time and hold the time and the reason', () => {
    const name = backupName(new Date('2018-03-12T08:30:05.042Z'), 'before-restore')
    expect(name).toBe('backup-2018-03-12T08-30-05-042Z-before-restore.sqlite')
    expect(parseBackupName(name)).toEqual({ createdAt: '2018-03-12T08:30:05.042Z', reason: 'before-restore' })
    expect(backupName(new Date('2018-03-12T09:00:00.000Z'), 'start') > name).toBe(true)
  })

  it.each(['plan-workshop.sqlite', 'backup-2018-03-12T08-30-05-042Z-unknown.sqlite', '../backup-x.sqlite'])(
    'refuses %s',
    (name) => expect(parseBackupName(name)).toBeNull(),
  )
})
