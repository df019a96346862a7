import type { Plan } from '../../live/plan-schema'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

/** Untitled rows are measures nobody has started to write yet. */
const titled = (plan: Plan) => plan.actions.filter((action) => filled(action.title))

export const ACTION_PLAN: ExerciseDefinition = {
  kind: 'action-plan',
  title: { 'zh-CN': '行动计划', en: 'Action plan' },
  purpose: {
    'zh-CN': '把对接和目标落实为具体措施：谁来做、何时做、惠及谁、怎样带动贫困户。',
    en: 'Turn matches and targets into measures: who does what and when, for whom, and how poor households benefit.',
  },
  instructions: [
    {
      'zh-CN': '从资源对接转来的条目开始，也可以新增其他措施。',
      en: 'Start from the items turned over from resource matching, and add any further measures.',
    },
    {
      'zh-CN': '为每项措施选定“五个一批”类别和带贫机制（订单、就业、分红、入股）。',
      en: 'Tag each measure with one of the “five batches” and a benefit-linking mechanism (orders, jobs, dividends, equity).',
    },
    {
      'zh-CN': '写明覆盖的村数、受益户数和人数，以及其中建档立卡贫困人口的比例。',
      en: 'State the villages covered, the beneficiary households and people, and the share of them who are registered poor.',
    },
    {
      'zh-CN': '确定牵头负责人、合作方、起止日期和关键节点。',
      en: 'Set the lead owner, the partner, the start and end dates and the milestones.',
    },
    {
      'zh-CN': '把每项措施关联到它所支撑的指标。',
      en: 'Link each measure to the indicators it serves.',
    },
  ],
  prompts: [
    { 'zh-CN': '贫困户具体通过什么方式受益？', en: 'How exactly do poor households benefit?' },
    { 'zh-CN': '第一个月要完成什么？', en: 'What must be done in the first month?' },
    {
      'zh-CN': '如果合作方没有按时到位，备选方案是什么？',
      en: 'If a partner is late, what is the fallback?',
    },
  ],
  defaultMinutes: 120,
  sections: ['action-plan'],
  criteria: [
    {
      id: 'measures',
      label: { 'zh-CN': '至少制定一项措施', en: 'Plan at least one measure' },
      met: (plan) => titled(plan).length > 0,
    },
    {
      id: 'tags',
      label: {
        'zh-CN': '为每项措施选定“五个一批”类别和带贫机制',
        en: 'Give every measure a five-batches tag and a benefit-linking mechanism',
      },
      met: (plan) => allOf(titled(plan), (action) => action.batch !== null && action.mechanism !== null),
    },
    {
      id: 'beneficiaries',
      label: { 'zh-CN': '写明每项措施的受益户数或人数', en: 'State the beneficiaries of every measure' },
      met: (plan) =>
        allOf(
          titled(plan),
          (action) => action.beneficiaryHouseholds !== null || action.beneficiaryPeople !== null,
        ),
    },
    {
      id: 'owners-and-dates',
      label: {
        'zh-CN': '为每项措施确定负责人和起止日期',
        en: 'Give every measure an owner and start and end dates',
      },
      met: (plan) =>
        allOf(
          titled(plan),
          (action) => filled(action.owner) && action.startDate !== null && action.endDate !== null,
        ),
    },
    {
      id: 'indicator-links',
      label: { 'zh-CN': '把每项措施关联到指标', en: 'Link every measure to an indicator' },
      met: (plan) => allOf(titled(plan), (action) => action.indicatorIds.length > 0),
    },
  ],
}
