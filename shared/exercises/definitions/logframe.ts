import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

export const LOGFRAME: ExerciseDefinition = {
  kind: 'logframe',
  title: { 'zh-CN': '逻辑框架', en: 'Logframe' },
  purpose: {
    'zh-CN': '用逻辑框架把总目标、目标、措施和指标串起来，并写明假设和风险。',
    en: 'Tie the goal, objectives, measures and indicators together in a logframe, with assumptions and risks.',
  },
  instructions: [
    {
      'zh-CN': '用一两句话写下规划的总目标，例如“到 2020 年，通过电商合作带动 60% 的贫困人口脱贫”。',
      en: 'Write the overall goal of the plan in a sentence or two, e.g. “By 2020, lift 60% of the poor out of poverty through e-commerce cooperation”.',
    },
    {
      'zh-CN': '检查每个目标是否至少有一个指标来衡量，每项措施是否支撑某个指标。',
      en: 'Check that every objective is measured by at least one indicator and that every measure serves an indicator.',
    },
    {
      'zh-CN': '写下规划成立所依赖的假设，例如物流价格稳定、合作方持续投入。',
      en: 'Write down the assumptions the plan relies on, e.g. stable logistics prices or partners staying committed.',
    },
    {
      'zh-CN': '列出主要风险及应对措施：市场、自然灾害、疫病和资金。',
      en: 'List the main risks and their safeguards: markets, natural disasters, animal disease and funding.',
    },
  ],
  prompts: [
    {
      'zh-CN': '如果所有措施都完成了，目标就一定能实现吗？还需要什么条件？',
      en: 'If every measure is done, will the objectives follow? What else must hold?',
    },
    { 'zh-CN': '哪个环节最可能出问题？', en: 'Where is the plan most likely to go wrong?' },
  ],
  defaultMinutes: 45,
  sections: ['logframe', 'risks'],
  criteria: [
    {
      id: 'goal',
      label: { 'zh-CN': '写下总目标', en: 'Write the overall goal' },
      met: ({ prose }) => hasProse(prose.goal),
    },
    {
      id: 'objectives-measured',
      label: {
        'zh-CN': '为每个目标关联至少一个指标',
        en: 'Measure every objective with at least one indicator',
      },
      met: ({ objectives, indicators }) =>
        allOf(
          objectives.filter((objective) => filled(objective.text)),
          (objective) => indicators.some((indicator) => indicator.objectiveId === objective.id),
        ),
    },
    {
      id: 'assumptions',
      label: { 'zh-CN': '写下关键假设', en: 'Write down the key assumptions' },
      met: ({ prose }) => hasProse(prose.assumptions),
    },
    {
      id: 'risks',
      label: { 'zh-CN': '列出风险及应对措施', en: 'List the risks and safeguards' },
      met: ({ prose }) => hasProse(prose.risks),
    },
  ],
}
