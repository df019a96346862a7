import type { ExerciseDefinition } from '../exercise-definition'

/** Any other agenda item; the agenda gives it its own title, this is the fallback. */
export const CUSTOM: ExerciseDefinition = {
  kind: 'custom',
  title: { 'zh-CN': '其他环节', en: 'Other item' },
  purpose: {
    'zh-CN': '主持人安排的其他环节，例如开班、实地考察或专题讲座。',
    en: 'Any other item the facilitator schedules, such as the opening, a site visit or a talk.',
  },
  instructions: [{ 'zh-CN': '按主持人的安排进行。', en: "Follow the facilitator's lead." }],
  prompts: [
    {
      'zh-CN': '这个环节对本县的规划有什么启发？',
      en: "What does this item suggest for your county's plan?",
    },
  ],
  defaultMinutes: 30,
  sections: [],
  criteria: null,
}
