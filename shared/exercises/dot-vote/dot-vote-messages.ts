import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see dot-vote-definition.ts). */
export const dotVoteMessages = defineCatalogue(
  'exercise-dot-vote',
  {
    title: '圆点投票：排序主要问题',
    purpose: '每人用有限的圆点为最重要的问题投票，选出优先解决的问题。',
    instructions: [
      '每位成员有几个圆点（由主持人设定），可以投在 SWOT 卡片或问题树卡片上，一张卡片可以投多个。',
      '投票是匿名的；主持人公布结果之前，每人只能看到自己的圆点。',
      '结果公布后，讨论得票最多的几项，确认它们就是要优先解决的问题。',
    ],
    prompts: ['哪个问题解决了，对贫困户增收帮助最大？', '哪个问题我们在规划期内有能力解决？'],
    criteria: {
      'results-revealed': '主持人已公布投票结果',
    },
  },
  {
    title: 'Dot-vote on the top problems',
    purpose: 'Each member spends a few dots on the problems that matter most, to pick the priorities.',
    instructions: [
      'Each member has a few dots (set by the facilitator) to place on SWOT or problem-tree cards, several on one card if they wish.',
      'Votes are anonymous: until the facilitator reveals the results, each member sees only their own dots.',
      'Once revealed, discuss the cards with the most dots and confirm they are the problems to tackle first.',
    ],
    prompts: [
      "Which problem, once solved, would raise poor households' income most?",
      'Which problem can we actually solve within the plan period?',
    ],
    criteria: {
      'results-revealed': 'The facilitator has revealed the results',
    },
  },
)
