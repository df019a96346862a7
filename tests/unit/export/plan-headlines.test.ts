import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_HEADLINE_TARGETS, planHeadlines } from '../../../shared/export/plan-headlines'
import { addIndicator, setIndicatorTarget } from '../../../shared/exercises/target-setting/target-setting-doc'
import { readPlan } from '../../../shared/live/plan-read'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { fillLueyangPlan } from '../../support/lueyang-plan'

describe('plan headlines', () => {
  it("gives Lueyang's benefit arithmetic: 32,000 × 60% = 19,200 people by 2020", () => {
    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    const headlines = planHeadlines(readPlan(doc), DEFAULT_POVERTY_LINES, 'zh-CN')
    expect(headlines).toMatchObject({
      basePoorPeople: 32_000,
      sharePercent: 60,
      peopleLifted: 19_200,
      exitYear: 2020,
    })
    expect(headlines.targets).toEqual([
      expect.objectContaining({
        name: '通过电商合作脱贫人口',
        value: 19_200,
        year: 2020,
        attribute: 'binding',
      }),
    ])
    expect(headlines.actionCount).toBe(1)
    expect(headlines.totalBudget).toBe(500_000)
    expect(headlines.partners.length).toBe(1)
  })

  it('lists binding targets first, at most five, leaving out unnamed or target-less indicators', () => {
    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    for (let n = 0; n < 6; n++) {
      const id = addIndicator(doc, { name: `预期指标${n}`, attribute: 'expected' })
      setIndicatorTarget(doc, id, 2020, n)
    }
    addIndicator(doc, { name: '无目标', attribute: 'binding' })
    const unnamed = addIndicator(doc, { name: ' ', attribute: 'binding' })
    setIndicatorTarget(doc, unnamed, 2020, 1)
    const { targets } = planHeadlines(readPlan(doc), DEFAULT_POVERTY_LINES, 'en')
    expect(targets).toHaveLength(MAX_HEADLINE_TARGETS)
    expect(targets[0]!.name).toBe('通过电商合作脱贫人口')
    expect(targets.slice(1).map((target) => target.name)).toEqual([
      '预期指标0',
      '预期指标1',
      '预期指标2',
      '预期指标3',
    ])
  })
})
