import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../../shared/live/plan-doc'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { DataCard } from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import type {
  BenefitInputs,
  Indicator,
} from '../../../../shared/exercises/target-setting/target-setting-schema'
import { DEFAULT_POVERTY_LINES } from '../../../../shared/poverty-line/poverty-line-schema'
import {
  computeBenefit,
  resolveBenefitInputs,
} from '../../../../shared/exercises/target-setting/benefit-calculator'
import { checkTargets, formatTargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { fillLueyangPlan } from '../../../support/lueyang-plan'

const EMPTY = readPlan(new Y.Doc())

const LUEYANG_CARD: DataCard = {
  ...EMPTY.dataCard,
  registeredPoorHouseholds: 13_255,
  registeredPoorPeople: 42_996,
  remainingPoorPeople: 32_000,
  remainingPoorYear: 2018,
  poorVillages: 100,
}

const benefit = (inputs: Partial<BenefitInputs>): BenefitInputs => ({ ...EMPTY.benefit, ...inputs })

const indicator = (fields: Partial<Indicator>): Indicator => ({
  id: 'ind-1',
  name: '脱贫人口',
  kind: 'people-lifted',
  unit: '人',
  baselineValue: 0,
  baselineYear: 2018,
  targets: [],
  attribute: 'binding',
  responsibleUnit: '县扶贫办',
  verificationSource: '建档立卡信息系统',
  objectiveId: null,
  order: 'a0',
  ...fields,
})

const plan = (fields: {
  benefit?: Partial<BenefitInputs>
  dataCard?: Partial<DataCard>
  indicators?: Indicator[]
}): Pick<Plan, 'benefit' | 'dataCard' | 'indicators'> => ({
  benefit: benefit(fields.benefit ?? {}),
  dataCard: { ...LUEYANG_CARD, ...fields.dataCard },
  indicators: fields.indicators ?? [],
})

const keysOf = (p: ReturnType<typeof plan>) =>
  checkTargets(p, DEFAULT_POVERTY_LINES).map((issue) => issue.key)

describe('the benefit calculator', () => {
  it('Lueyang: 32,000 × 60% = 19,200 people, the base taken from the data card', () => {
    const result = computeBenefit(plan({ benefit: { sharePercent: 60 } }), DEFAULT_POVERTY_LINES)
    expect(result.peopleLifted).toBe(19_200)
    expect(result.resolved.basePoorPeople).toEqual({ value: 32_000, source: 'remaining-poor' })
    expect(result.resolved.baselineYear).toBe(2018)
  })

  it.each([
    ['an entered base wins', { basePoorPeople: 10_000 }, {}, { value: 10_000, source: 'entered' }],
    [
      'without the people still poor, the registered poor',
      {},
      { remainingPoorPeople: null },
      { value: 42_996, source: 'registered-poor' },
    ],
    [
      'with neither, nothing',
      {},
      { remainingPoorPeople: null, registeredPoorPeople: null },
      { value: null, source: null },
    ],
  ] as const)('base population: %s', (_name, inputs, card, expected) => {
    const resolved = resolveBenefitInputs(benefit(inputs), { ...LUEYANG_CARD, ...card })
    expect(resolved.basePoorPeople).toEqual(expected)
  })

  it('household size defaults to registered people ÷ households; the line year to the target year', () => {
    const resolved = resolveBenefitInputs(benefit({ targetYear: 2020 }), LUEYANG_CARD)
    expect(resolved.householdSize).toEqual({ value: 3.2, source: 'data-card' })
    expect(resolved.povertyLineYear).toEqual({ value: 2020, source: 'target-year' })
    const entered = resolveBenefitInputs(benefit({ householdSize: 4, povertyLineYear: 2016 }), LUEYANG_CARD)
    expect(entered.householdSize).toEqual({ value: 4, source: 'entered' })
    expect(entered.povertyLineYear).toEqual({ value: 2016, source: 'entered' })
  })

  it('compares the income per household with the gap to the line of the right year', () => {
    const result = computeBenefit(
      plan({
        benefit: {
          unitsSold: 80_000,
          profitPerUnit: 75,
          participatingHouseholds: 2_000,
          currentIncomePerCapita: 2_500,
          targetYear: 2018,
        },
      }),
      DEFAULT_POVERTY_LINES,
    )
    expect(result).toMatchObject({
      incomePerHousehold: 3_000,
      upliftPerCapita: 938,
      gap: { line: { year: 2018, yuanPerPersonYear: 2995 }, gapPerCapita: 495, gapPerHousehold: 1_584 },
      closesGap: true,
    })
  })

  it('leaves every result unknown (null) until its inputs are entered', () => {
    expect(
      computeBenefit(plan({ dataCard: { remainingPoorPeople: null, registeredPoorPeople: null } }), []),
    ).toMatchObject({
      peopleLifted: null,
      incomePerHousehold: null,
      upliftPerCapita: null,
      gap: null,
      closesGap: null,
    })
  })
})

describe('consistency checks', () => {
  it('the complete Lueyang plan raises none', () => {
    const doc = new Y.Doc()
    fillLueyangPlan(doc)
    expect(checkTargets(readPlan(doc), DEFAULT_POVERTY_LINES)).toEqual([])
  })

  it('an empty plan raises none: nothing is flagged before it is entered', () => {
    expect(checkTargets(EMPTY, DEFAULT_POVERTY_LINES)).toEqual([])
  })

  it.each([
    ['share above 100%', { benefit: { sharePercent: 120 } }, ['target.shareOver100']],
    ['share of exactly 100%', { benefit: { sharePercent: 100 } }, []],
    [
      'people lifted above the registered poor (an entered base too big)',
      { benefit: { basePoorPeople: 50_000, sharePercent: 90 } },
      ['target.aboveBaseline'],
    ],
    [
      'share above 100% that also lifts more than the registered poor',
      { benefit: { sharePercent: 150 } },
      ['target.shareOver100', 'target.aboveBaseline'],
    ],
    [
      'target year before the base figure’s year',
      { benefit: { targetYear: 2017 } },
      ['target.deadlineBeforeBaseline'],
    ],
    ['target year equal to the baseline year', { benefit: { targetYear: 2018 } }, []],
    [
      'income that cannot close the gap',
      {
        benefit: {
          unitsSold: 10_000,
          profitPerUnit: 75,
          participatingHouseholds: 2_000,
          currentIncomePerCapita: 2_500,
          targetYear: 2020,
        },
      },
      ['target.upliftBelowGap'],
    ],
    [
      'income that exactly closes the gap (1,584 = 1,584)',
      {
        benefit: {
          unitsSold: 1_584,
          profitPerUnit: 1,
          participatingHouseholds: 1,
          currentIncomePerCapita: 2_500,
          targetYear: 2020,
        },
      },
      [],
    ],
    [
      'a line year before the first line in the table',
      { benefit: { currentIncomePerCapita: 2_000, povertyLineYear: 2005 } },
      ['target.noPovertyLine'],
    ],
    [
      'an indicator without a responsible unit',
      { indicators: [indicator({ responsibleUnit: ' ' })] },
      ['target.missingResponsibleUnit'],
    ],
    ['an unnamed new indicator row', { indicators: [indicator({ name: '', responsibleUnit: '' })] }, []],
    [
      'an annual target above the registered poor',
      { indicators: [indicator({ targets: [{ year: 2020, value: 50_000 }] })] },
      ['target.aboveBaseline'],
    ],
    [
      'households and villages above their baselines',
      {
        indicators: [
          indicator({ kind: 'households-lifted', targets: [{ year: 2020, value: 13_256 }] }),
          indicator({ id: 'ind-2', kind: 'villages-exited', targets: [{ year: 2020, value: 100 }] }),
        ],
      },
      ['target.aboveBaseline'],
    ],
    [
      'an income indicator is not compared with a population',
      { indicators: [indicator({ kind: 'income-per-capita', targets: [{ year: 2020, value: 11_584 }] })] },
      [],
    ],
    [
      'an annual target before the indicator’s baseline year',
      { indicators: [indicator({ targets: [{ year: 2017, value: 100 }] })] },
      ['target.deadlineBeforeBaseline'],
    ],
  ] as const)('%s', (_name, fields, expected) => {
    expect(keysOf(plan(fields as Parameters<typeof plan>[0]))).toEqual(expected)
  })

  describe('an annual target compared with its row’s own baseline', () => {
    const issuesOf = (fields: Partial<Indicator>) =>
      checkTargets(plan({ indicators: [indicator(fields)] }), DEFAULT_POVERTY_LINES)

    it('Lueyang: a 2019 target of 40,000 people lifted is above the row’s 32,000, though not above 42,996', () => {
      const issues = issuesOf({ baselineValue: 32_000, targets: [{ year: 2019, value: 40_000 }] })
      expect(issues).toEqual([
        {
          key: 'target.aboveBaseline',
          params: { target: 40_000, baseline: 32_000 },
          path: 'indicators.ind-1.targets.2019',
        },
      ])
      expect(formatTargetIssue(issues[0]!, 'zh-CN')).toBe('目标 40,000 超过了基数 32,000，请核对这两个数字。')
    })

    it('a target within the row’s baseline raises nothing', () => {
      expect(issuesOf({ baselineValue: 32_000, targets: [{ year: 2020, value: 19_200 }] })).toEqual([])
    })

    it('households and villages are held to their own rows’ baselines too', () => {
      const households = issuesOf({
        kind: 'households-lifted',
        baselineValue: 10_000,
        targets: [{ year: 2020, value: 12_000 }],
      })
      expect(households.map((issue) => issue.params)).toEqual([{ target: 12_000, baseline: 10_000 }])
      const villages = issuesOf({
        kind: 'villages-exited',
        baselineValue: 60,
        targets: [{ year: 2020, value: 68 }],
      })
      expect(villages.map((issue) => issue.params)).toEqual([{ target: 68, baseline: 60 }])
    })

    it('without a baseline of its own (none, or 0 lifted so far) the row falls back to the data card', () => {
      expect(issuesOf({ baselineValue: null, targets: [{ year: 2020, value: 40_000 }] })).toEqual([])
      expect(issuesOf({ baselineValue: 0, targets: [{ year: 2020, value: 50_000 }] })[0]?.params).toEqual({
        target: 50_000,
        baseline: 42_996,
      })
    })

    it('an income row’s baseline is where it starts, not a ceiling', () => {
      expect(
        issuesOf({
          kind: 'income-per-capita',
          baselineValue: 8_000,
          targets: [{ year: 2020, value: 11_584 }],
        }),
      ).toEqual([])
    })
  })

  it('names the field each issue belongs to, and reads as a sentence with grouped numbers', () => {
    const issues = checkTargets(
      plan({
        benefit: { sharePercent: 150, targetYear: 2017 },
        indicators: [
          indicator({ name: '脱贫人口', responsibleUnit: '', targets: [{ year: 2020, value: 50_000 }] }),
        ],
      }),
      DEFAULT_POVERTY_LINES,
    )
    expect(issues.map((issue) => issue.path)).toEqual([
      'benefit.sharePercent',
      'benefit.peopleLifted',
      'benefit.targetYear',
      'indicators.ind-1.targets.2020',
      'indicators.ind-1.responsibleUnit',
    ])
    const [share, above, deadline, , unit] = issues
    expect(formatTargetIssue(share!, 'en')).toBe('The share is 150%; it cannot be more than 100%.')
    expect(formatTargetIssue(above!, 'en')).toBe(
      'The target of 48,000 is above the baseline of 42,996. Check both figures.',
    )
    expect(formatTargetIssue(deadline!, 'zh-CN')).toBe('目标年份 2017 早于基线年份 2018。')
    expect(formatTargetIssue(unit!, 'zh-CN')).toBe('指标“脱贫人口”尚未填写责任单位。')
  })
})
