import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see gallery-walk-definition.ts). */
export const galleryWalkMessages = defineCatalogue(
  'exercise-gallery-walk',
  {
    title: '画廊漫步',
    purpose: '各组轮流参观其他县的成果，互相学习、提出建议。',
    instructions: [
      '主持人把某个县的问题树或 SWOT 投到大屏幕上，或者各组轮流浏览其他组的成果。',
      '留意别的县发现了哪些你们没想到的原因、优势和机会。',
      '回到本组后，把值得借鉴的内容补充到自己的规划中。',
    ],
    prompts: ['别的县有哪些做法可以直接借鉴？', '我们的分析有哪些遗漏？'],
    criteria: {},
  },
  {
    title: 'Gallery walk',
    purpose: "Groups look round the other counties' work to learn from it and leave suggestions.",
    instructions: [
      "The facilitator puts one county's problem tree or SWOT on the projector, or groups take turns looking at each other's work.",
      'Look for causes, strengths and opportunities that other counties found and you missed.',
      'Back in your group, add what is worth borrowing to your own plan.',
    ],
    prompts: ['Which ideas from other counties could we use as they are?', 'What did our analysis miss?'],
    criteria: {},
  },
)
