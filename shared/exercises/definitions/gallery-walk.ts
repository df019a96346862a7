import type { ExerciseDefinition } from '../exercise-definition'

export const GALLERY_WALK: ExerciseDefinition = {
  kind: 'gallery-walk',
  title: { 'zh-CN': '画廊漫步', en: 'Gallery walk' },
  purpose: {
    'zh-CN': '各组轮流参观其他县的成果，互相学习、提出建议。',
    en: "Groups look round the other counties' work to learn from it and leave suggestions.",
  },
  instructions: [
    {
      'zh-CN': '主持人把某个县的问题树或 SWOT 投到大屏幕上，或者各组轮流浏览其他组的成果。',
      en: "The facilitator puts one county's problem tree or SWOT on the projector, or groups take turns looking at each other's work.",
    },
    {
      'zh-CN': '留意别的县发现了哪些你们没想到的原因、优势和机会。',
      en: 'Look for causes, strengths and opportunities that other counties found and you missed.',
    },
    {
      'zh-CN': '回到本组后，把值得借鉴的内容补充到自己的规划中。',
      en: 'Back in your group, add what is worth borrowing to your own plan.',
    },
  ],
  prompts: [
    {
      'zh-CN': '别的县有哪些做法可以直接借鉴？',
      en: 'Which ideas from other counties could we use as they are?',
    },
    { 'zh-CN': '我们的分析有哪些遗漏？', en: 'What did our analysis miss?' },
  ],
  defaultMinutes: 30,
  sections: [],
  criteria: null,
}
