import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see target-setting-definition.ts). */
export const targetSettingMessages = defineCatalogue(
  'exercise-target-setting',
  {
    title: '目标设定',
    purpose: '设定可衡量的指标和年度目标，并用收益测算检验目标是否可行。',
    instructions: [
      '为每个目标设定指标：名称、单位、基线值和年份、各年度目标，以及属于约束性还是预期性。',
      '指标要符合 SMART 原则：具体、可衡量、可实现、相关、有时限。',
      '为每个指标写明责任单位和核查来源，例如扶贫办统计数据、电商平台销售记录。',
      '用收益测算器计算：脱贫人数 = 贫困人口 × 比例；每户增收 = 销量 × 单位利润 ÷ 参与户数，再与贫困线差距比较。',
      '留意提示：目标超过基数、比例超过 100%、目标年份早于基线年份、增收不足以弥补差距、缺少责任单位。',
    ],
    prompts: [
      '到目标年份，有多少贫困人口能通过这次合作脱贫？',
      '每户要卖多少、赚多少，才能超过贫困线？',
      '哪些目标是必须完成的约束性指标？',
    ],
    criteria: {
      indicators: '至少设定一个指标',
      baselines: '为每个指标填写基线值和年份',
      'annual-targets': '为每个指标填写年度目标',
      accountability: '为每个指标写明责任单位和核查来源',
      'people-lifted': '用收益测算器算出脱贫人数',
      'household-income': '测算每户增收',
    },
  },
  {
    title: 'Target setting',
    purpose: 'Set measurable indicators with annual targets, and test them with the benefit arithmetic.',
    instructions: [
      'Give each objective its indicators: name, unit, baseline value and year, annual targets, and whether binding or expected.',
      'Keep indicators SMART: specific, measurable, achievable, relevant and time-bound.',
      'Name the responsible unit and the source of verification for each, e.g. poverty-office statistics or platform sales records.',
      'Use the benefit calculator: people lifted = poor population × share; income per household = units sold × profit per unit ÷ households, compared with the gap to the poverty line.',
      'Heed the flags: a target above the baseline, a share above 100%, a target year before the baseline year, income that cannot close the gap, a missing responsible unit.',
    ],
    prompts: [
      'By the target year, how many poor people will leave poverty through this cooperation?',
      'How much must each household sell and earn to rise above the poverty line?',
      'Which targets are binding and must be met?',
    ],
    criteria: {
      indicators: 'Set at least one indicator',
      baselines: 'Give every indicator a baseline value and year',
      'annual-targets': 'Give every indicator its annual targets',
      accountability: "Name every indicator's responsible unit and source of verification",
      'people-lifted': 'Work out the people lifted with the benefit calculator',
      'household-income': 'Work out the income per participating household',
    },
  },
)
