import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see action-plan-definition.ts). */
export const actionPlanMessages = defineCatalogue(
  'exercise-action-plan',
  {
    title: '行动计划',
    purpose: '把对接和目标落实为具体措施：谁来做、何时做、惠及谁、怎样带动贫困户。',
    instructions: [
      '从资源对接转来的条目开始，也可以新增其他措施。',
      '为每项措施选定“五个一批”类别和带贫机制（订单、就业、分红、入股）。',
      '写明覆盖的村数、受益户数和人数，以及其中建档立卡贫困人口的比例。',
      '确定牵头负责人、合作方、起止日期和关键节点。',
      '把每项措施关联到它所支撑的指标。',
    ],
    prompts: [
      '贫困户具体通过什么方式受益？',
      '第一个月要完成什么？',
      '如果合作方没有按时到位，备选方案是什么？',
    ],
    criteria: {
      measures: '至少制定一项措施',
      tags: '为每项措施选定“五个一批”类别和带贫机制',
      beneficiaries: '写明每项措施的受益户数或人数',
      'owners-and-dates': '为每项措施确定负责人和起止日期',
      'indicator-links': '把每项措施关联到指标',
    },
  },
  {
    title: 'Action plan',
    purpose:
      'Turn matches and targets into measures: who does what and when, for whom, and how poor households benefit.',
    instructions: [
      'Start from the items turned over from resource matching, and add any further measures.',
      'Tag each measure with one of the “five batches” and a benefit-linking mechanism (orders, jobs, dividends, equity).',
      'State the villages covered, the beneficiary households and people, and the share of them who are registered poor.',
      'Set the lead owner, the partner, the start and end dates and the milestones.',
      'Link each measure to the indicators it serves.',
    ],
    prompts: [
      'How exactly do poor households benefit?',
      'What must be done in the first month?',
      'If a partner is late, what is the fallback?',
    ],
    criteria: {
      measures: 'Plan at least one measure',
      tags: 'Give every measure a five-batches tag and a benefit-linking mechanism',
      beneficiaries: 'State the beneficiaries of every measure',
      'owners-and-dates': 'Give every measure an owner and start and end dates',
      'indicator-links': 'Link every measure to an indicator',
    },
  },
)
