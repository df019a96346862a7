import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore, type Store } from '../../../electron/hub/store/store'
import { agendaSchema } from '../../../shared/agenda/agenda-schema'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { newId } from '../../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { agendaFromTemplate } from '../../../shared/program/program-templates'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import { workshopInputSchema } from '../../../shared/workshop/workshop-schema'
import { makeTempDir } from '../../support/temp-dir'

const details = workshopInputSchema.parse({
  title: '2018 贫困县扶贫培训班',
  venue: '杭州',
  startDate: '2018-03-01',
  endDate: '2018-03-02',
  language: 'zh-CN',
})
const lueyang = countyInputSchema.parse({
  name: '略阳县',
  nameEn: 'Lueyang County',
  province: '陕西省',
  registeredPoorHouseholds: 13255,
  registeredPoorPeople: 42996,
  remainingPoorPeople: 32000,
  remainingPoorYear: 2018,
  signatureProducts: ['略阳乌鸡'],
  sources: [{ title: 'News of the 2018 class', verified: true }],
})

describe('repositories on a real SQLite file', () => {
  let dir: ReturnType<typeof makeTempDir>
  let store: Store
  beforeEach(() => {
    dir = makeTempDir()
    store = openStore(dir.path)
  })
  afterEach(() => {
    store.close()
    dir.remove()
  })

  const createWorkshop = () =>
    store.workshops.create(
      newId(),
      details,
      agendaFromTemplate('compact-2-day', 'zh-CN'),
      DEFAULT_POVERTY_LINES,
      DEFAULT_RESOURCES,
    )

  it('stores a workshop with its agenda and poverty lines, and reads them back after reopening', () => {
    const workshop = createWorkshop()
    const agenda = store.agenda.get(workshop.id)
    store.close()
    store = openStore(dir.path)
    expect(store.workshops.get(workshop.id)).toEqual(workshop)
    expect(store.agenda.get(workshop.id)).toEqual(agenda)
    expect(store.povertyLines.get(workshop.id)).toEqual(DEFAULT_POVERTY_LINES)
  })

  it('keeps every county figure, list and source exactly', () => {
    const workshop = createWorkshop()
    const county = store.counties.create(workshop.id, newId(), lueyang)
    expect(county).toMatchObject({ ...lueyang, workshopId: workshop.id, position: 0 })
    expect(store.counties.list(workshop.id)).toEqual([county])
  })

  it('appends counties in order and counts them in the workshop list', () => {
    const workshop = createWorkshop()
    store.counties.create(workshop.id, newId(), lueyang)
    const second = store.counties.create(workshop.id, newId(), { ...lueyang, name: '巴东县' })
    expect(second.position).toBe(1)
    expect(store.workshops.list()).toEqual([
      expect.objectContaining({ id: workshop.id, countyCount: 2, groupCount: 0 }),
    ])
  })

  it('replaces the agenda whole, keeping the ids the client sent', () => {
    const workshop = createWorkshop()
    const agenda = store.agenda.get(workshop.id)
    const firstDay = agenda.days[0]!
    const edited = agendaSchema.parse({
      days: [
        {
          ...firstDay,
          sessions: [{ ...firstDay.sessions[0]!, items: firstDay.sessions[0]!.items.slice(1) }],
        },
      ],
    })
    store.agenda.replace(workshop.id, edited)
    expect(store.agenda.get(workshop.id)).toEqual(edited)
  })

  it('reads an empty agenda as no days, and a day without sessions as such', () => {
    const workshop = createWorkshop()
    store.agenda.replace(workshop.id, { days: [{ id: 'empty-day-1', title: '', sessions: [] }] })
    expect(store.agenda.get(workshop.id)).toEqual({ days: [{ id: 'empty-day-1', title: '', sessions: [] }] })
  })

  it('deleting a county deletes its group; deleting the workshop deletes everything', () => {
    const workshop = createWorkshop()
    const county = store.counties.create(workshop.id, newId(), lueyang)
    store.groups.create(workshop.id, newId(), {
      countyId: county.id,
      name: '略阳县小组',
      members: [{ name: '张三', post: '副县长' }],
    })
    expect(store.counties.delete(workshop.id, county.id)).toBe(true)
    expect(store.groups.list(workshop.id)).toEqual([])

    store.counties.create(workshop.id, newId(), lueyang)
    expect(store.workshops.delete(workshop.id)).toBe(true)
    const leftovers = [
      'counties',
      'groups',
      'agenda_days',
      'agenda_sessions',
      'agenda_items',
      'poverty_lines',
    ].map((table) => store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get())
    expect(leftovers).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('allows one group per county only, enforced by the database too', () => {
    const workshop = createWorkshop()
    const county = store.counties.create(workshop.id, newId(), lueyang)
    store.groups.create(workshop.id, newId(), { countyId: county.id, name: 'A', members: [] })
    expect(() =>
      store.groups.create(workshop.id, newId(), { countyId: county.id, name: 'B', members: [] }),
    ).toThrow(/UNIQUE/)
  })

  it('reports a missing record as null or false instead of throwing', () => {
    expect(store.workshops.get('missing-workshop')).toBeNull()
    expect(store.workshops.update('missing-workshop', details)).toBeNull()
    expect(store.counties.delete('missing-workshop', 'missing-county')).toBe(false)
  })
})
