import type * as Y from 'yjs'
import { addBudgetLine, addMilestone } from '../../shared/exercises/action-plan/action-parts-doc'
import { actionDescription, addAction } from '../../shared/exercises/action-plan/action-plan-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planProse } from '../../shared/live/plan-doc'
import { migratePlanDoc } from '../../shared/live/plan-doc-migrations'
import { setPlanStatus, updatePlanInfo } from '../../shared/exercises/sign-off/sign-off-doc'
import { setCoreProblem } from '../../shared/exercises/problem-tree/problem-tree-doc'
import { setProseParagraphs } from '../../shared/live/prose-text'

export const LONG_PLAN_ACTIONS = 40
const pad = (n: number) => String(n).padStart(2, '0')

/** Marks the first and the last cell of action n's row, so a test can tell which page each is on. */
export const actionStartMarker = (n: number) => `行动${pad(n)}号`
export const actionEndMarker = (n: number) => `收尾${pad(n)}号`

const LONG_SENTENCE =
  '依托县电子商务公共服务中心，组织合作社统一收购、分级、包装和冷链配送，贫困户按订单交售产品并参与年终分红，村级服务站负责登记、培训和售后跟踪，确保每一户都能及时结算货款。'

/**
 * A plan with 40 actions, each with long Chinese text, so its action table runs over many landscape
 * pages: the pagination test checks that no row is split and the header repeats on every page.
 * All figures are test data.
 */
export function fillLongPlan(doc: Y.Doc): void {
  migratePlanDoc(doc, {})
  updatePlanInfo(doc, {
    title: '长篇测试方案：四十项行动的分页检验',
    startYear: 2018,
    endYear: 2021,
  })
  setPlanStatus(doc, 'draft')
  setCoreProblem(doc, '产业基础薄弱，贫困户增收渠道单一')
  addSwotCard(doc, 'strengths', '山区生态好，特色农产品品质高')
  setProseParagraphs(planProse(doc, 'monitoring'), ['每季度由县扶贫办牵头，对照年度目标逐项检查。'])
  for (let n = 1; n <= LONG_PLAN_ACTIONS; n++) {
    const id = addAction(doc, {
      title: `${actionStartMarker(n)}：建设覆盖全县的农产品上行体系（第${n}批村级电商服务站）`,
      batch: n % 5 === 0 ? 'education' : 'production',
      mechanism: n % 2 === 0 ? 'jobs' : 'orders',
      villagesCovered: n,
      beneficiaryHouseholds: 100 + n,
      beneficiaryPeople: 320 + n,
      shareRegisteredPoor: 80,
      owner: `第${pad(n)}承办局`,
      partner: '县供销合作社联合社与平台企业',
      startDate: '2018-04-01',
      endDate: `2020-12-${pad((n % 28) + 1)}`,
    })
    setProseParagraphs(actionDescription(doc, id)!, [LONG_SENTENCE.repeat(1 + (n % 3))])
    addMilestone(doc, id, { title: `${actionEndMarker(n)}：完成年度验收并公示受益名单`, date: '2019-06-30' })
    addBudgetLine(doc, id, {
      item: '服务站设备购置',
      year: 2018 + (n % 3),
      source: 'pooled-agricultural',
      amount: 10_000 * n,
    })
  }
}

/** Plan text that would run as code if the print view ever treated it as HTML. */
export const HOSTILE_TITLE = '<script>window.__pwned = 1</script><b>"标题"</b> \\ </style>'
export const HOSTILE_CARD = '<img src=x onerror="window.__pwned = 2">'

export function fillHostilePlan(doc: Y.Doc): void {
  migratePlanDoc(doc, {})
  updatePlanInfo(doc, { title: HOSTILE_TITLE, startYear: 2018, endYear: 2020 })
  setPlanStatus(doc, 'draft')
  addSwotCard(doc, 'threats', HOSTILE_CARD)
  setProseParagraphs(planProse(doc, 'goal'), ['<iframe src="javascript:window.__pwned=3"></iframe>'])
}
