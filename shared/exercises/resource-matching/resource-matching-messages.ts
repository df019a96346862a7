import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see resource-matching-definition.ts). */
export const resourceMatchingMessages = defineCatalogue(
  'exercise-resource-matching',
  {
    title: '资源对接',
    purpose: '把全县的需求和产品与合作方能提供的资源逐一对接，每项对接都可以变成一项行动。',
    instructions: [
      '根据问题树和投票结果，把需求和想卖的产品写成卡片，例如“乌鸡网上销售”。',
      '浏览资源目录，把合适的资源拖到需求卡片上，形成一项对接。',
      '为每项对接写明具体承诺（做什么、做多少、何时完成）、县里的负责人和当前状态。',
      '用矩阵视图检查：每个重要需求是否都有资源？有没有资源被重复计算？',
      '把商定的对接一键转为行动计划条目。',
    ],
    prompts: [
      '这项资源具体能为贫困户带来什么？',
      '县里需要配套什么：场地、人员还是资金？',
      '谁来跟进对接，什么时候给出答复？',
    ],
    criteria: {
      needs: '至少写一张需求或产品卡片',
      matches: '至少完成一项资源对接',
      'match-details': '为每项对接写明承诺和负责人',
    },
  },
  {
    title: 'Resource matching',
    purpose:
      "Match the county's needs and products with what partners can offer; each match can become an action.",
    instructions: [
      'From the problem tree and the vote, write the needs and the products to sell on cards, e.g. “Sell dark-boned chickens online”.',
      'Browse the resource catalogue and drag a suitable resource onto a need to make a match.',
      "For each match, note the commitment (what, how much, by when), the county's owner and its status.",
      'Use the matrix view to check that every important need has a resource and that none is counted twice.',
      'Turn each settled match into an action-plan item with one click.',
    ],
    prompts: [
      'What exactly will this resource do for poor households?',
      'What must the county provide in return: premises, staff or funds?',
      'Who follows this up, and by when?',
    ],
    criteria: {
      needs: 'Write at least one need or product card',
      matches: 'Make at least one match',
      'match-details': 'Give every match a commitment and an owner',
    },
  },
)
