import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see peer-review-definition.ts). */
export const peerReviewMessages = defineCatalogue(
  'exercise-peer-review',
  {
    title: '同伴互评',
    purpose: '两个县交换规划，互相提出改进意见。',
    instructions: [
      '主持人把各组两两配对，互相阅读对方的规划。',
      '对照完整性和一致性提示检查：目标是否有依据，措施是否有负责人、日期和资金。',
      '先说一个优点，再提两条具体建议；回到本组后修改自己的规划。',
    ],
    prompts: ['对方规划中最有说服力的是哪一部分？', '哪个目标或措施最需要补充依据？'],
    criteria: {},
  },
  {
    title: 'Peer review',
    purpose: 'Two counties swap plans and suggest improvements to each other.',
    instructions: [
      "The facilitator pairs the groups; each group reads the other's plan.",
      'Check it against the completeness and consistency flags: are the targets grounded, do the measures have owners, dates and funds?',
      'Name one strength and make two concrete suggestions; then revise your own plan.',
    ],
    prompts: [
      'Which part of their plan is most convincing?',
      'Which target or measure most needs better grounding?',
    ],
    criteria: {},
  },
)
