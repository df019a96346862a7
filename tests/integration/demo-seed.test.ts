import { describe, expect, it } from 'vitest'
import { DEMO_FILE } from '../../electron/hub/app-paths'
import { seedDemo } from '../../electron/hub/demo/seed-demo'
import { reportSummary } from '../../shared/follow-up/follow-up-progress'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import { useTempStore } from '../support/temp-store'

describe('demo workshop', () => {
  const temp = useTempStore()

  it('seeds the 2018 class with Lueyang as published, at least five more real counties, a group each and two days', () => {
    const result = seedDemo(temp.store, DEMO_FILE)
    if (!result.seeded) throw new Error('expected the demo to be seeded')
    expect(result.workshop).toMatchObject({
      title: '2018 贫困县扶贫培训班（演示）',
      titleEn: '2018 county poverty-alleviation class (demo)',
    })

    const counties = temp.store.counties.list(result.workshop.id)
    expect(counties.length).toBeGreaterThanOrEqual(6)
    expect(counties[0]).toMatchObject({
      name: '略阳县',
      nameEn: 'Lueyang County',
      province: '陕西省',
      registeredPoorHouseholds: 13255,
      registeredPoorPeople: 42996,
      remainingPoorPeople: 32000,
      remainingPoorYear: 2018,
    })
    expect(counties.map((c) => c.name)).toEqual(
      expect.arrayContaining(['鹤峰县', '奉节县', '莎车县', '巴东县']),
    )
    expect(counties.every((c) => c.sources.length > 0)).toBe(true)

    const groups = temp.store.groups.list(result.workshop.id)
    expect(groups.map((g) => g.countyId).sort()).toEqual(counties.map((c) => c.id).sort())
    expect(temp.store.agenda.get(result.workshop.id).days).toHaveLength(2)
    expect(temp.store.resources.list(result.workshop.id)).toEqual(DEFAULT_RESOURCES)
  })

  it('keeps each text in one language: Chinese in the Chinese fields, English in the English ones', () => {
    const result = seedDemo(temp.store, DEMO_FILE)
    if (!result.seeded) throw new Error('expected the demo to be seeded')
    const { workshop } = result
    const counties = temp.store.counties.list(workshop.id)
    const chinese = [
      workshop.title,
      workshop.venue,
      ...counties.flatMap((county) => [
        county.notes,
        ...county.signatureProducts.map((product) => product.name),
        ...county.sources.map((source) => source.title),
      ]),
    ]
    const english = [
      workshop.titleEn,
      workshop.venueEn,
      ...counties.flatMap((county) => [
        county.notesEn,
        ...county.signatureProducts.map((product) => product.nameEn),
        ...county.sources.map((source) => source.titleEn),
      ]),
    ]
    expect(chinese.filter((text) => /[A-Za-z]{2,}/.test(text))).toEqual([])
    expect(english.filter((text) => text.trim() === '' || /[\u4e00-\u9fff]/.test(text))).toEqual([])
    expect(counties[0]!.signatureProducts).toEqual([
      { name: '略阳乌鸡', nameEn: 'Lueyang dark-boned chicken' },
    ])
  })

  it('holds one follow-up review round for Lueyang, its figures marked as illustrative', () => {
    const result = seedDemo(temp.store, DEMO_FILE)
    if (!result.seeded) throw new Error('expected the demo to be seeded')
    const [round, ...others] = temp.store.followUp.list(result.workshop.id)
    expect(others).toEqual([])
    expect(round).toMatchObject({ name: '2018 年年终复盘（示例数据）', date: '2018-12-20', planYear: 2018 })
    const lueyang = temp.store.counties.list(result.workshop.id).find((county) => county.name === '略阳县')!
    const report = temp.store.followUp.report(round!.id, lueyang.id)!
    expect(report.narrative).toContain('示例数据')
    expect(report.targets).toMatchObject({ peoplePlanned: 19_200, peoplePlannedBy: 2020 })
    expect(reportSummary(report)).toMatchObject({
      met: 2,
      behind: 2,
      actionsLate: 1,
      people: { toDate: 5_400, planned: 19_200, percent: 28 },
    })
    expect(temp.store.followUp.reports(round!.id)).toHaveLength(1)
  })

  it('never mixes demo counties into a data folder that already has workshops', () => {
    seedDemo(temp.store, DEMO_FILE)
    expect(seedDemo(temp.store, DEMO_FILE)).toEqual({ seeded: false, reason: 'not-empty' })
    expect(temp.store.workshops.list()).toHaveLength(1)
  })
})
