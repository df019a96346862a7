import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { linkActionToIndicator } from '../../../../shared/exercises/action-plan/action-plan-doc'
import { readPlan } from '../../../../shared/live/plan-doc'
import { addIndicator } from '../../../../shared/exercises/target-setting/target-setting-doc'
import { addObjective } from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import { logframeRows } from '../../../../shared/exercises/logframe/logframe-rows'
import { fillLueyangPlan } from '../../../support/lueyang-plan'

describe('the logframe table', () => {
  it('reads goal, objectives with their indicators, and measures with the indicators they serve', () => {
    const doc = new Y.Doc()
    const ids = fillLueyangPlan(doc)
    const rows = logframeRows(readPlan(doc))
    expect(rows.map((row) => row.level)).toEqual(['goal', 'objective', 'output'])
    const objective = rows[1]!
    expect(objective).toMatchObject({ id: ids.objectiveId, text: '打通乌鸡网上销售渠道', measured: true })
    expect(objective.indicators.map((indicator) => indicator.id)).toEqual([ids.indicatorId])
    expect(rows[2]!.indicators.map((indicator) => indicator.id)).toEqual([ids.indicatorId])
    expect(rows[0]!.text).not.toBe('')
  })

  it('flags an objective that no indicator measures, and leaves out objectives without a statement', () => {
    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    const unmeasured = addObjective(doc, '建成村级电商服务站')
    addObjective(doc, '   ')
    const rows = logframeRows(readPlan(doc))
    expect(rows.filter((row) => row.level === 'objective')).toHaveLength(2)
    expect(rows.find((row) => row.id === unmeasured)).toMatchObject({ measured: false, indicators: [] })
  })

  it('skips an action link to an indicator that was deleted concurrently', () => {
    const doc = new Y.Doc()
    const ids = fillLueyangPlan(doc)
    const other = addIndicator(doc, { name: '网店销售额' })
    linkActionToIndicator(doc, ids.actionId, other)
    linkActionToIndicator(doc, ids.actionId, 'gone-indicator')
    const output = logframeRows(readPlan(doc)).find((row) => row.level === 'output')!
    expect(output.indicators.map((indicator) => indicator.name).sort()).toEqual(
      ['网店销售额', '通过电商合作脱贫人口'].sort(),
    )
  })

  it('has a goal row even for an empty plan, so the table always shows where the goal goes', () => {
    const rows = logframeRows(readPlan(new Y.Doc()))
    expect(rows).toEqual([{ level: 'goal', id: 'goal', text: '', indicators: [], measured: true }])
  })
})
