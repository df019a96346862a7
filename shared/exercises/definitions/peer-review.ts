import type { ExerciseDefinition } from '../exercise-definition'

export const PEER_REVIEW: ExerciseDefinition = {
  kind: 'peer-review',
  title: { 'zh-CN': '同伴互评', en: 'Peer review' },
  purpose: {
    'zh-CN': '两个县交换规划，互相提出改进意见。',
    en: 'Two counties swap plans and suggest improvements to each other.',
  },
  instructions: [
    {
      'zh-CN': '主持人把各组两两配对，互相阅读对方的规划。',
      en: "The facilitator pairs the groups; each group reads the other's plan.",
    },
    {
      'zh-CN': '对照完整性和一致性提示检查：目标是否有依据，措施是否有负责人、日期和资金。',
      en: 'Check it against the completeness and consistency flags: are the targets grounded, do the measures have owners, dates and funds?',
    },
    {
      'zh-CN': '先说一个优点，再提两条具体建议；回到本组后修改自己的规划。',
      en: 'Name one strength and make two concrete suggestions; then revise your own plan.',
    },
  ],
  prompts: [
    {
      'zh-CN': '对方规划中最有说服力的是哪一部分？',
      en: 'Which part of their plan is most convincing?',
    },
    {
      'zh-CN': '哪个目标或措施最需要补充依据？',
      en: 'Which target or measure most needs better grounding?',
    },
  ],
  defaultMinutes: 45,
  sections: [],
  criteria: null,
}
