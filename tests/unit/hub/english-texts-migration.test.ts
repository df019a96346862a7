import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/hub/store/migrate'
import { MIGRATIONS } from '../../../electron/hub/store/migrations/migration-list'
import { DATABASE_FILE_NAME } from '../../../electron/hub/store/open-database'
import { openStore } from '../../../electron/hub/store/store'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { makeTempDir } from '../../support/temp-dir'

describe('the English-texts migration', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('splits the poverty lines every workshop was given into Chinese and English, and keeps typed rows and workshops as they were', () => {
    const before = MIGRATIONS.slice(
      0,
      MIGRATIONS.findIndex((migration) => migration.name === 'english-texts'),
    )
    const old = new Database(join(dir.path, DATABASE_FILE_NAME))
    migrate(old, before)
    old
      .prepare(
        `INSERT INTO workshops (id, title, venue, start_date, end_date, language, facilitator, created_at, updated_at)
         VALUES ('workshop-1', '2018 培训班', '杭州', '2018-03-01', '2018-03-02', 'zh-CN', '', '', '')`,
      )
      .run()
    const line = old.prepare(
      'INSERT INTO poverty_lines (workshop_id, year, yuan_per_person_year, basis, source, verified) VALUES (?, ?, ?, ?, ?, ?)',
    )
    line.run(
      'workshop-1',
      2010,
      2300,
      '2010 constant prices / 2010年不变价',
      'National rural poverty line adopted in 2011 / 2011年确定的国家农村扶贫标准',
      1,
    )
    line.run(
      'workshop-1',
      2018,
      2995,
      'current prices / 当年价',
      'Commonly cited current-price value; not checked against an official release / 常见引用值，未经核实',
      0,
    )
    line.run('workshop-1', 2019, 3218, '当年价（估算）', '县扶贫办', 0)
    old.close()

    const store = openStore(dir.path)
    try {
      // The two shipped rows read as they now ship; the typed one gains an empty English text.
      const [line2010, , line2018] = DEFAULT_POVERTY_LINES
      expect(store.povertyLines.get('workshop-1')).toEqual([
        line2010,
        line2018,
        {
          year: 2019,
          yuanPerPersonYear: 3218,
          basis: '当年价（估算）',
          basisEn: '',
          source: '县扶贫办',
          sourceEn: '',
          verified: false,
        },
      ])
      expect(store.workshops.get('workshop-1')).toMatchObject({
        title: '2018 培训班',
        titleEn: '',
        venue: '杭州',
        venueEn: '',
      })
    } finally {
      store.close()
    }
  })
})
