import { describe, expect, it } from 'vitest'
import { agendaSchema } from '../../../shared/agenda/agenda-schema'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { newId } from '../../../shared/ids/new-id'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { workshopInputSchema } from '../../../shared/workshop/workshop-schema'
import { useTempStore } from '../../support/temp-store'

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
  const temp = useTempStore()

  const createWorkshop = () => temp.createWorkshop(details)

  it('stores a workshop with its agenda and poverty lines, and reads them back after reopening', () => {
    const workshop = createWorkshop()
    const agenda = temp.store.agenda.get(workshop.id)
    temp.reopen()
    expect(temp.store.workshops.get(workshop.id)).toEqual(workshop)
    expect(temp.store.agenda.get(workshop.id)).toEqual(agenda)
    expect(temp.store.povertyLines.get(workshop.id)).toEqual(DEFAULT_POVERTY_LINES)
  })

  it('keeps every county figure, list and source exactly', () => {
    const workshop = createWorkshop()
    const county = temp.store.counties.create(workshop.id, newId(), lueyang)
    expect(county).toMatchObject({ ...lueyang, workshopId: workshop.id, position: 0 })
    expect(temp.store.counties.list(workshop.id)).toEqual([county])
  })

  it('appends counties in order and counts them in the workshop list', () => {
    const workshop = createWorkshop()
    temp.store.counties.create(workshop.id, newId(), lueyang)
    const second = temp.store.counties.create(workshop.id, newId(), { ...lueyang, name: '巴东县' })
    expect(second.position).toBe(1)
    expect(temp.store.workshops.list()).toEqual([
      expect.objectContaining({ id: workshop.id, countyCount: 2, groupCount: 0 }),
    ])
  })

  it('replaces the agenda whole, keeping the ids the client sent', () => {
    const workshop = createWorkshop()
    const agenda = temp.store.agenda.get(workshop.id)
    const firstDay = agenda.days[0]!
    const edited = agendaSchema.parse({
      days: [
        {
          ...firstDay,
          sessions: [{ ...firstDay.sessions[0]!, items: firstDay.sessions[0]!.items.slice(1) }],
        },
      ],
    })
    temp.store.agenda.replace(workshop.id, edited)
    expect(temp.store.agenda.get(workshop.id)).toEqual(edited)
  })

  it('reads an empty agenda as no days, and a day without sessions as such', () => {
    const workshop = createWorkshop()
    temp.store.agenda.replace(workshop.id, { days: [{ id: 'empty-day-1', title: '', sessions: [] }] })
    expect(temp.store.agenda.get(workshop.id)).toEqual({
      days: [{ id: 'empty-day-1', title: '', sessions: [] }],
    })
  })

  it('deleting a county deletes its group; deleting the workshop deletes everything', () => {
    const workshop = createWorkshop()
    const county = temp.store.counties.create(workshop.id, newId(), lueyang)
    temp.store.groups.create(workshop.id, newId(), {
      countyId: county.id,
      name: '略阳县小组',
      members: [{ name: '张三', post: '副县长' }],
    })
    expect(temp.store.counties.delete(workshop.id, county.id)).toBe(true)
    expect(temp.store.groups.list(workshop.id)).toEqual([])

    temp.store.counties.create(workshop.id, newId(), lueyang)
    expect(temp.store.workshops.delete(workshop.id)).toBe(true)
    const leftovers = [
      'counties',
      'groups',
      'agenda_days',
      'agenda_sessions',
      'agenda_items',
      'poverty_lines',
    ].map((table) => temp.store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get())
    expect(leftovers).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('allows one group per county only, enforced by the database too', () => {
    const workshop = createWorkshop()
    const county = temp.store.counties.create(workshop.id, newId(), lueyang)
    temp.store.groups.create(workshop.id, newId(), { countyId: county.id, name: 'A', members: [] })
    expect(() =>
      temp.store.groups.create(workshop.id, newId(), { countyId: county.id, name: 'B', members: [] }),
    ).toThrow(/UNIQUE/)
  })

  it('reports a missing record as null or false instead of throwing', () => {
    expect(temp.store.workshops.get('missing-workshop')).toBeNull()
    expect(temp.store.workshops.update('missing-workshop', details)).toBeNull()
    expect(temp.store.counties.delete('missing-workshop', 'missing-county')).toBe(false)
  })
})
