import type { Plan } from '../../live/plan-schema'
import { computeBenefit } from '../../targets/benefit-calculator'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

/** Rows nobody has named yet are not indicators yet. */
const named = (plan: Plan) => plan.indicators.filter((indicator) => filled(indicator.name))

export const TARGET_SETTING: ExerciseDefinition = {
  kind: 'target-setting',
  title: { 'zh-CN': '目标设定', en: 'Target setting' },
  purpose: {
    'zh-CN': '设定可衡量的指标和年度目标，并用收益测算检验目标是否可行。',
    en: 'Set measurable indicators with annual targets, and test them with the benefit arithmetic.',
  },
  instructions: [
    {
      'zh-CN': '为每个目标设定指标：名称、单位、基线值和年份、各年度目标，以及属于约束性还是预期性。',
      en: 'Give each objective its indicators: name, unit, baseline value and year, annual targets, and whether binding or expected.',
    },
    {
      'zh-CN': '指标要符合 SMART 原则：具体、可衡量、可实现、相关、有时限。',
      en: 'Keep indicators SMART: specific, measurable, achievable, relevant and time-bound.',
    },
    {
      'zh-CN': '为每个指标写明责任单位和核查来源，例如扶贫办统计数据、电商平台销售记录。',
      en: 'Name the responsible unit and the source of verification for each, e.g. poverty-office statistics or platform sales records.',
    },
    {
      'zh-CN':
        '用收益测算器计算：脱贫人数 = 贫困人口 × 比例；每户增收 = 销量 × 单位利润 ÷ 参与户数，再与贫困线差距比较。',
      en: 'Use the benefit calculator: people lifted = poor population × share; income per household = units sold × profit per unit ÷ households, compared with the gap to the poverty line.',
    },
    {
      'zh-CN':
        '留意提示：目标超过基数、比例超过 100%、目标年份早于基线年份、增收不足以弥补差距、缺少责任单位。',
      en: 'Heed the flags: a target above the baseline, a share above 100%, a target year before the baseline year, income that cannot close the gap, a missing responsible unit.',
    },
  ],
  prompts: [
    {
      'zh-CN': '到目标年份，有多少贫困人口能通过这次合作脱贫？',
      en: 'By the target year, how many poor people will leave poverty through this cooperation?',
    },
    {
      'zh-CN': '每户要卖多少、赚多少，才能超过贫困线？',
      en: 'How much must each household sell and earn to rise above the poverty line?',
    },
    { 'zh-CN': '哪些目标是必须完成的约束性指标？', en: 'Which targets are binding and must be met?' },
  ],
  defaultMinutes: 120,
  sections: ['summary', 'targets'],
  criteria: [
    {
      id: 'indicators',
      label: { 'zh-CN': '至少设定一个指标', en: 'Set at least one indicator' },
      met: (plan) => named(plan).length > 0,
    },
    {
      id: 'baselines',
      label: { 'zh-CN': '为每个指标填写基线值和年份', en: 'Give every indicator a baseline value and year' },
      met: (plan) =>
        allOf(
          named(plan),
          (indicator) => indicator.baselineValue !== null && indicator.baselineYear !== null,
        ),
    },
    {
      id: 'annual-targets',
      label: { 'zh-CN': '为每个指标填写年度目标', en: 'Give every indicator its annual targets' },
      met: (plan) => allOf(named(plan), (indicator) => indicator.targets.length > 0),
    },
    {
      id: 'accountability',
      label: {
        'zh-CN': '为每个指标写明责任单位和核查来源',
        en: "Name every indicator's responsible unit and source of verification",
      },
      met: (plan) =>
        allOf(
          named(plan),
          (indicator) => filled(indicator.responsibleUnit) && filled(indicator.verificationSource),
        ),
    },
    {
      id: 'people-lifted',
      label: {
        'zh-CN': '用收益测算器算出脱贫人数',
        en: 'Work out the people lifted with the benefit calculator',
      },
      met: (plan) => computeBenefit(plan, []).peopleLifted !== null,
    },
    {
      id: 'household-income',
      label: { 'zh-CN': '测算每户增收', en: 'Work out the income per participating household' },
      met: (plan) => computeBenefit(plan, []).incomePerHousehold !== null,
    },
  ],
}
