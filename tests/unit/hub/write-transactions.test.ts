import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { newId } from '../../../shared/ids/new-id'
import { workshopInputSchema } from '../../../shared/workshop/workshop-schema'
import { useTempStore } from '../../support/temp-store'

const details = workshopInputSchema.parse({
  title: '2018 贫困县扶贫培训班',
  startDate: '2018-03-01',
  endDate: '2018-03-02',
  language: 'zh-CN',
})

/**
 * The hub writes to its database from two connections: the main thread (REST routes) and the live-edit
 * writer's worker. A transaction that reads and then writes must hold the write lock from its start: had
 * the worker committed between its read and its write, SQLite would refuse the write at once ("database
 * is locked", without waiting), and the facilitator's request would fail with a 500 (seen once in a full
 * test run, on a dot vote).
 */
describe('transactions that read before they write', () => {
  const temp = useTempStore()

  it('keep the other connection waiting instead of failing when it writes between the read and the write', () => {
    const workshop = temp.createWorkshop(details)
    const county = temp.store.counties.create(
      workshop.id,
      newId(),
      countyInputSchema.parse({ name: '略阳县' }),
    )
    // The live writer's connection, impatient here so that the test sees who had to wait.
    const worker = new Database(temp.store.db.name)
    worker.pragma('busy_timeout = 0')
    let workerWrite: string = 'not tried'
    try {
      temp.store.ballots.setDots(
        { workshopId: workshop.id, countyId: county.id, voter: 'member-1' },
        'card-1',
        2,
        () => {
          try {
            worker.prepare('UPDATE workshops SET title = title WHERE id = ?').run(workshop.id)
            workerWrite = 'written'
          } catch (error) {
            workerWrite = (error as { code?: string }).code ?? String(error)
          }
        },
      )
    } finally {
      worker.close()
    }
    expect(workerWrite).toBe('SQLITE_BUSY')
    expect(temp.store.ballots.ofVoter(workshop.id, county.id, 'member-1')).toEqual([
      expect.objectContaining({ cardId: 'card-1', dots: 2 }),
    ])
  })
})
