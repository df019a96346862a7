import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/hub/store/migrate'
import { MIGRATIONS } from '../../../electron/hub/store/migrations/migration-list'
import { DATABASE_FILE_NAME } from '../../../electron/hub/store/open-database'
import { openStore, type Store } from '../../../electron/hub/store/store'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import { resourceInputSchema } from '../../../shared/resources/resource-schema'
import { workshopInputSchema } from '../../../shared/workshop/workshop-schema'
import { makeTempDir } from '../../support/temp-dir'
import { useTempStore } from '../../support/temp-store'

const details = workshopInputSchema.parse({
  title: '2018 贫困县扶贫培训班',
  startDate: '2018-03-01',
  endDate: '2018-03-02',
  language: 'zh-CN',
})
const supplyCoop = resourceInputSchema.parse({
  kind: 'partnership',
  title: { 'zh-CN': '县供销合作社' },
  provider: { 'zh-CN': '县供销合作社', en: 'County supply and marketing cooperative' },
  description: { en: "Buys from cooperatives at agreed prices; it's the county's own channel." },
})
const ids = (store: Store, workshopId: string) => store.resources.list(workshopId).map((r) => r.id)

describe('resource catalogue temp.store', () => {
  const temp = useTempStore()

  const createWorkshop = () => temp.createWorkshop(details)

  it('gives every new workshop its own copy of the default catalogue, slug ids and order kept', () => {
    const first = createWorkshop()
    const second = createWorkshop()
    expect(temp.store.resources.list(first.id)).toEqual(DEFAULT_RESOURCES)
    expect(temp.store.resources.list(second.id)).toEqual(DEFAULT_RESOURCES)

    temp.store.resources.delete(first.id, 'microcredit')
    expect(ids(temp.store, first.id)).not.toContain('microcredit')
    expect(ids(temp.store, second.id)).toContain('microcredit')
  })

  it('appends a new resource at the end and keeps both languages exactly', () => {
    const workshop = createWorkshop()
    const added = temp.store.resources.create(workshop.id, 'supply-coop-1', supplyCoop)
    expect(added).toEqual({ id: 'supply-coop-1', ...supplyCoop })
    expect(temp.store.resources.list(workshop.id).at(-1)).toEqual(added)
    expect(added.description).toEqual({
      'zh-CN': '',
      en: "Buys from cooperatives at agreed prices; it's the county's own channel.",
    })
  })

  it('updates a resource in place and keeps its position', () => {
    const workshop = createWorkshop()
    const before = ids(temp.store, workshop.id)
    const updated = temp.store.resources.update(workshop.id, 'fund-grant', supplyCoop)
    expect(updated).toEqual({ id: 'fund-grant', ...supplyCoop })
    expect(ids(temp.store, workshop.id)).toEqual(before)
  })

  it('reorders only with every id once; a stale order changes nothing', () => {
    const workshop = createWorkshop()
    const reversed = ids(temp.store, workshop.id).reverse()
    expect(temp.store.resources.reorder(workshop.id, reversed)).toBe(true)
    expect(ids(temp.store, workshop.id)).toEqual(reversed)

    expect(temp.store.resources.reorder(workshop.id, reversed.slice(1))).toBe(false)
    expect(temp.store.resources.reorder(workshop.id, [...reversed.slice(1), reversed[1]!])).toBe(false)
    expect(temp.store.resources.reorder(workshop.id, [...reversed.slice(1), 'no-such-resource'])).toBe(false)
    expect(ids(temp.store, workshop.id)).toEqual(reversed)
  })

  it('reports a missing resource as null or false, and deletes the catalogue with its workshop', () => {
    const workshop = createWorkshop()
    expect(temp.store.resources.get(workshop.id, 'no-such-resource')).toBeNull()
    expect(temp.store.resources.update(workshop.id, 'no-such-resource', supplyCoop)).toBeNull()
    expect(temp.store.resources.delete(workshop.id, 'no-such-resource')).toBe(false)
    temp.store.workshops.delete(workshop.id)
    expect(temp.store.db.prepare('SELECT COUNT(*) FROM resources').pluck().get()).toBe(0)
  })
})

describe('resource catalogue migration', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('gives workshops of an older database the default catalogue, and new workshops get it too', () => {
    const resourceMigration = MIGRATIONS.findIndex((m) => m.name === 'resource-catalogue')
    expect(resourceMigration).toBeGreaterThan(0)
    // A data folder written by the build before the catalogue existed, with two workshops in it.
    const old = new Database(join(dir.path, DATABASE_FILE_NAME))
    old.pragma('foreign_keys = ON')
    migrate(old, MIGRATIONS.slice(0, resourceMigration))
    const insert = old.prepare(`INSERT INTO workshops
      (id, title, venue, start_date, end_date, language, facilitator, created_at, updated_at)
      VALUES (?, ?, '', '2018-03-01', '2018-03-02', 'zh-CN', '', '2018-01-01', '2018-01-01')`)
    insert.run('workshop-2018', '2018 贫困县扶贫培训班')
    insert.run('workshop-2019', '2019 贫困县扶贫培训班')
    old.close()

    const store = openStore(dir.path)
    try {
      expect(store.resources.list('workshop-2018')).toEqual(DEFAULT_RESOURCES)
      expect(store.resources.list('workshop-2019')).toEqual(DEFAULT_RESOURCES)
      // Slug ids are unique per workshop, not across them.
      expect(store.db.prepare('SELECT COUNT(*) FROM resources').pluck().get()).toBe(
        2 * DEFAULT_RESOURCES.length,
      )
      const added = store.resources.create('workshop-2018', 'supply-coop-1', supplyCoop)
      expect(store.resources.list('workshop-2018').at(-1)).toEqual(added)
    } finally {
      store.close()
    }
  })

  it('leaves an empty older database with an empty catalogue table', () => {
    const old = new Database(join(dir.path, DATABASE_FILE_NAME))
    migrate(old, MIGRATIONS.slice(0, 2))
    old.close()
    const store = openStore(dir.path)
    try {
      expect(store.db.prepare('SELECT COUNT(*) FROM resources').pluck().get()).toBe(0)
    } finally {
      store.close()
    }
  })
})
