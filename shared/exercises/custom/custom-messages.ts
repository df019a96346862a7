import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see custom-definition.ts). */
export const customMessages = defineCatalogue(
  'exercise-custom',
  {
    title: '其他环节',
    purpose: '主持人安排的其他环节，例如开班、实地考察或专题讲座。',
    instructions: ['按主持人的安排进行。'],
    prompts: ['这个环节对本县的规划有什么启发？'],
    criteria: {},
  },
  {
    title: 'Other item',
    purpose: 'Any other item the facilitator schedules, such as the opening, a site visit or a talk.',
    instructions: ["Follow the facilitator's lead."],
    prompts: ["What does this item suggest for your county's plan?"],
    criteria: {},
  },
)
