import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see logframe-definition.ts). */
export const logframeMessages = defineCatalogue(
  'exercise-logframe',
  {
    title: '逻辑框架',
    purpose: '用逻辑框架把总目标、目标、措施和指标串起来，并写明假设和风险。',
    instructions: [
      '用一两句话写下规划的总目标，例如“到 2020 年，通过电商合作带动 60% 的贫困人口脱贫”。',
      '检查每个目标是否至少有一个指标来衡量，每项措施是否支撑某个指标。',
      '写下规划成立所依赖的假设，例如物流价格稳定、合作方持续投入。',
      '列出主要风险及应对措施：市场、自然灾害、疫病和资金。',
    ],
    prompts: ['如果所有措施都完成了，目标就一定能实现吗？还需要什么条件？', '哪个环节最可能出问题？'],
    criteria: {
      goal: '写下总目标',
      'objectives-measured': '为每个目标关联至少一个指标',
      assumptions: '写下关键假设',
      risks: '列出风险及应对措施',
    },
  },
  {
    title: 'Logframe',
    purpose:
      'Tie the goal, objectives, measures and indicators together in a logframe, with assumptions and risks.',
    instructions: [
      'Write the overall goal of the plan in a sentence or two, e.g. “By 2020, lift 60% of the poor out of poverty through e-commerce cooperation”.',
      'Check that every objective is measured by at least one indicator and that every measure serves an indicator.',
      'Write down the assumptions the plan relies on, e.g. stable logistics prices or partners staying committed.',
      'List the main risks and their safeguards: markets, natural disasters, animal disease and funding.',
    ],
    prompts: [
      'If every measure is done, will the objectives follow? What else must hold?',
      'Where is the plan most likely to go wrong?',
    ],
    criteria: {
      goal: 'Write the overall goal',
      'objectives-measured': 'Measure every objective with at least one indicator',
      assumptions: 'Write down the key assumptions',
      risks: 'List the risks and safeguards',
    },
  },
)
