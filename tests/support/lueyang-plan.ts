import type * as Y from 'yjs'
import { convertMatchToAction } from '../../shared/exercises/action-plan/action-from-match'
import { addBudgetLine, addMilestone } from '../../shared/exercises/action-plan/action-parts-doc'
import { linkActionToIndicator, updateAction } from '../../shared/exercises/action-plan/action-plan-doc'
import {
  addIndicator,
  setBenefitInput,
  setIndicatorTarget,
} from '../../shared/exercises/target-setting/target-setting-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planProse } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { migratePlanDoc } from '../../shared/live/plan-doc-migrations'
import { publishDotResults } from '../../shared/exercises/dot-vote/dot-vote-doc'
import { setPlanStatus, updatePlanInfo } from '../../shared/exercises/sign-off/sign-off-doc'
import { addMatch, addNeed } from '../../shared/exercises/resource-matching/resource-matching-doc'
import {
  addProblemNode,
  convertProblemNodeToObjective,
  setCoreProblem,
  updateObjective,
} from '../../shared/exercises/problem-tree/problem-tree-doc'
import type { ProseField } from '../../shared/live/plan-schema'
import { setProseParagraphs } from '../../shared/live/prose-text'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'

/**
 * A complete Lueyang plan, filled in through the accessors the UI uses. The figures of docs/domain.md
 * "The class the app is modelled on" are real: 13,255 households / 42,996 registered poor, 32,000 still
 * poor in 2018, 75 yuan profit per chicken, a 60% share. Every other figure here (population, villages,
 * income, sales, households, budget) is a PLACEHOLDER for tests only: it is not reference data and must
 * never be shipped.
 */
export const LUEYANG_SEED = {
  registeredPoorHouseholds: 13255,
  registeredPoorPeople: 42996,
  remainingPoorPeople: 32000,
  remainingPoorYear: 2018,
}

const PLACEHOLDER = {
  population: 200_000,
  poorVillages: 100,
  baselineYear: 2014,
  ruralIncomePerCapita: 9_000,
  incomeYear: 2017,
  currentIncomePerCapita: 2_500,
  participatingHouseholds: 2_000,
  unitsSold: 80_000,
  budgetYuan: 500_000,
}

export interface LueyangIds {
  causeIds: string[]
  effectId: string
  objectiveId: string
  needId: string
  matchId: string
  actionId: string
  indicatorId: string
  swotIds: string[]
}

const prose = (doc: Y.Doc, field: ProseField, text: string) =>
  setProseParagraphs(planProse(doc, field), [text])

export function fillLueyangPlan(doc: Y.Doc): LueyangIds {
  migratePlanDoc(doc, LUEYANG_SEED)
  setDataCardField(doc, 'population', PLACEHOLDER.population)
  setDataCardField(doc, 'poorVillages', PLACEHOLDER.poorVillages)
  setDataCardField(doc, 'baselineYear', PLACEHOLDER.baselineYear)
  setDataCardField(doc, 'ruralIncomePerCapita', PLACEHOLDER.ruralIncomePerCapita)
  setDataCardField(doc, 'incomeYear', PLACEHOLDER.incomeYear)
  prose(doc, 'situationSummary', '略阳乌鸡是地理标志产品；山区物流和冷链薄弱。')

  const swotIds = [
    addSwotCard(doc, 'strengths', '略阳乌鸡地理标志'),
    addSwotCard(doc, 'weaknesses', '冷链物流薄弱'),
    addSwotCard(doc, 'opportunities', '平台企业电商扶贫'),
    addSwotCard(doc, 'threats', '禽类疫病风险'),
  ]

  setCoreProblem(doc, '贫困户养的乌鸡卖不上价')
  const causeIds = [
    addProblemNode(doc, { kind: 'cause', text: '只能在集市上卖' })!,
    addProblemNode(doc, { kind: 'cause', text: '冷链运输成本高' })!,
  ]
  const effectId = addProblemNode(doc, { kind: 'effect', text: '贫困户收入低' })!
  const objectiveId = convertProblemNodeToObjective(doc, causeIds[0]!)!
  updateObjective(doc, objectiveId, { text: '打通乌鸡网上销售渠道' })

  // The dot vote as revealed: the totals the hub publishes (ballots themselves are never in a plan).
  publishDotResults(doc, [
    { cardId: causeIds[1]!, dots: 1, voters: 1 },
    { cardId: swotIds[1]!, dots: 1, voters: 1 },
  ])

  const needId = addNeed(doc, { kind: 'product', text: '乌鸡网上销售' })
  const shop = DEFAULT_RESOURCES.find((resource) => resource.id === 'online-shop')!
  const matchId = addMatch(doc, needId, shop, {
    commitment: '开设略阳乌鸡网店',
    owner: '县商务局',
    status: 'agreed',
  })
  const actionId = convertMatchToAction(doc, matchId, 'zh-CN')!

  const indicatorId = addIndicator(doc, {
    name: '通过电商合作脱贫人口',
    kind: 'people-lifted',
    unit: '人',
    baselineValue: 0,
    baselineYear: 2018,
    attribute: 'binding',
    responsibleUnit: '县扶贫办',
    verificationSource: '建档立卡信息系统',
    objectiveId,
  })
  setIndicatorTarget(doc, indicatorId, 2019, 9_600)
  setIndicatorTarget(doc, indicatorId, 2020, 19_200)

  setBenefitInput(doc, 'sharePercent', 60)
  setBenefitInput(doc, 'profitPerUnit', 75)
  setBenefitInput(doc, 'unitsSold', PLACEHOLDER.unitsSold)
  setBenefitInput(doc, 'participatingHouseholds', PLACEHOLDER.participatingHouseholds)
  setBenefitInput(doc, 'currentIncomePerCapita', PLACEHOLDER.currentIncomePerCapita)
  setBenefitInput(doc, 'targetYear', 2020)

  updateAction(doc, actionId, {
    batch: 'production',
    mechanism: 'orders',
    villagesCovered: 20,
    beneficiaryHouseholds: PLACEHOLDER.participatingHouseholds,
    beneficiaryPeople: 6_400,
    shareRegisteredPoor: 100,
    startDate: '2018-04-01',
    endDate: '2020-12-31',
  })
  addMilestone(doc, actionId, { title: '网店上线', date: '2018-06-30' })
  addBudgetLine(doc, actionId, {
    item: '冷链车购置',
    year: 2018,
    source: 'fiscal-special',
    amount: PLACEHOLDER.budgetYuan,
  })
  linkActionToIndicator(doc, actionId, indicatorId)

  prose(doc, 'goal', '到 2020 年，通过电商合作带动 60% 的贫困人口脱贫。')
  prose(doc, 'assumptions', '物流价格稳定，合作方持续投入。')
  prose(doc, 'risks', '禽类疫病：建立防疫体系。')
  prose(doc, 'monitoring', '县扶贫办每季度对照目标检查进展。')
  updatePlanInfo(doc, {
    title: '略阳县电商精准扶贫合作方案 2018–2020',
    startYear: 2018,
    endYear: 2020,
  })
  setPlanStatus(doc, 'final')
  return { causeIds, effectId, objectiveId, needId, matchId, actionId, indicatorId, swotIds }
}
