import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import type { Plan } from '../../../shared/live/plan-schema'
import type { Indicator } from '../../../shared/exercises/target-setting/target-setting-schema'
import { DEFAULT_POVERTY_LINES } from '../../../shared/poverty-line/poverty-line-schema'
import { checkTargets } from '../../../shared/exercises/target-setting/target-checks'
import {
  benefitIssuePath,
  indicatorIssuePath,
  issueField,
  issuesByPath,
  targetIssuePath,
} from '../../../renderer/src/exercises/target-setting/target-issue-paths'
import { targetIssues } from '../../../renderer/src/exercises/target-setting/target-issues'
import { targetYearColumns } from '../../../renderer/src/exercises/target-setting/target-years'

const EMPTY = readPlan(new Y.Doc())

const indicator = (id: string, fields: Partial<Indicator>): Indicator => ({
  id,
  name: '脱贫人口',
  kind: 'people-lifted',
  unit: '人',
  baselineValue: 32_000,
  baselineYear: 2018,
  targets: [],
  attribute: 'binding',
  responsibleUnit: '县扶贫办',
  verificationSource: '',
  objectiveId: null,
  order: id,
  ...fields,
})

/** Lueyang with everything the checks flag: share 120%, a target above the county, a row with no owner. */
const troubled: Pick<Plan, 'benefit' | 'dataCard' | 'indicators' | 'info'> = {
  info: { ...EMPTY.info, startYear: 2018, endYear: 2020 },
  dataCard: {
    ...EMPTY.dataCard,
    registeredPoorHouseholds: 13_255,
    registeredPoorPeople: 42_996,
    remainingPoorPeople: 32_000,
    remainingPoorYear: 2018,
  },
  benefit: { ...EMPTY.benefit, sharePercent: 120, targetYear: 2016, currentIncomePerCapita: 1_000 },
  indicators: [
    indicator('peopleRow', { targets: [{ year: 2017, value: 50_000 }] }),
    indicator('roadRow', { name: '硬化道路', kind: 'other', responsibleUnit: ' ' }),
  ],
}

describe('where a warning is shown', () => {
  it('reads the paths of the checks as fields of the step', () => {
    expect(issueField(benefitIssuePath('sharePercent'))).toEqual({ area: 'benefit', field: 'sharePercent' })
    expect(issueField(indicatorIssuePath('abc_-1', 'responsibleUnit'))).toEqual({
      area: 'indicator',
      id: 'abc_-1',
      field: 'responsibleUnit',
    })
    expect(issueField(targetIssuePath('abc', 2019))).toEqual({ area: 'target', id: 'abc', year: 2019 })
  })

  it('does not guess at paths it does not know', () => {
    for (const path of [
      '',
      'benefit',
      'benefit.a.b',
      'indicators',
      'indicators.x',
      'indicators.x.targets.19',
      'plan.x',
    ])
      expect(issueField(path), path).toBeNull()
  })

  it('has a field on screen for every warning of a plan full of problems', () => {
    const issues = checkTargets(troubled, DEFAULT_POVERTY_LINES)
    expect(issues.map((issue) => issue.key)).toEqual(
      expect.arrayContaining([
        'target.shareOver100',
        'target.deadlineBeforeBaseline',
        'target.aboveBaseline',
        'target.missingResponsibleUnit',
      ]),
    )
    const columns = targetYearColumns(troubled.info, troubled.indicators)
    const ids = troubled.indicators.map((row) => row.id)
    for (const issue of issues) {
      const field = issueField(issue.path)
      expect(field, issue.path).not.toBeNull()
      if (field?.area === 'target') {
        expect(ids).toContain(field.id)
        expect(columns).toContain(field.year)
      }
      if (field?.area === 'indicator') expect(ids).toContain(field.id)
    }
  })

  it('groups the warnings by field, keeping the order of the checks', () => {
    const byPath = issuesByPath(checkTargets(troubled, DEFAULT_POVERTY_LINES))
    expect(byPath.get('benefit.sharePercent')?.map((issue) => issue.params)).toEqual([{ share: 120 }])
    expect(byPath.get(targetIssuePath('peopleRow', 2017))?.map((issue) => issue.key)).toEqual([
      'target.aboveBaseline',
      'target.deadlineBeforeBaseline',
    ])
    expect(byPath.get(indicatorIssuePath('roadRow', 'responsibleUnit'))?.[0]?.params).toEqual({
      indicator: '硬化道路',
    })
    expect(byPath.get(indicatorIssuePath('peopleRow', 'responsibleUnit'))).toBeUndefined()
  })
})

describe('the step’s warnings', () => {
  const noLineYet = { ...troubled, benefit: { ...troubled.benefit, targetYear: 2009 } }

  it('say the line table has no line for the year once the table is read', () => {
    expect(targetIssues(noLineYet, DEFAULT_POVERTY_LINES).map((issue) => issue.key)).toContain(
      'target.noPovertyLine',
    )
  })

  it('do not say so while the table is still being read or could not be read', () => {
    const keys = targetIssues(noLineYet, undefined).map((issue) => issue.key)
    expect(keys).not.toContain('target.noPovertyLine')
    expect(keys).toContain('target.shareOver100')
  })
})
