import { defineCatalogue } from '../../../../shared/i18n/catalogue'
import { PLAN_TERMS } from '../../../../shared/vocabulary/plan-terms'

/**
 * The logframe's screens in both languages, Chinese first: the step and its part of the printed plan
 * (which takes the export's language, not the UI's).
 */
export const logframeUiMessages = defineCatalogue(
  'ui-logframe',
  {
    goal: {
      heading: '总目标',
      intro:
        '用一两句话写出到规划期末全县要实现的总体目标，例如“到2020年，现行标准下农村贫困人口全部脱贫，贫困县摘帽”。',
    },
    matrix: {
      heading: '逻辑框架表',
      intro:
        '此表自动汇总：问题树转化的目标、目标设定中的指标、行动计划中的措施。没有指标衡量的目标会被标出，请到“目标设定”中为它关联指标。',
      caption: '逻辑框架：总目标、具体目标、措施及其衡量指标',
      level: '层次',
      narrative: '内容',
      indicators: '衡量指标',
      verification: PLAN_TERMS.verificationSource['zh-CN'],
      goalRow: '总目标',
      objectiveRow: '具体目标',
      outputRow: '措施',
      noGoal: '尚未填写总目标（在上方填写）',
      noObjectives: '还没有目标。在“问题树”中把原因卡片转化为目标。',
      noActions: '还没有措施。在“行动计划”中添加。',
      noIndicator: '尚无指标衡量此目标',
      linkIndicator: '去“目标设定”关联指标',
      untitledObjective: '未命名目标',
      untitledAction: '未命名措施',
      untitledIndicator: '未命名指标',
      targets: '目标值：{{targets}}',
      targetYear: '{{year}}年 {{value}}',
      none: '—',
    },
    assumptions: {
      heading: '假设条件',
      intro:
        '写下方案成功所依赖、但不在本县控制之内的条件，例如“合作平台持续提供流量支持”“冷链物流按期覆盖到村”。',
    },
    risks: {
      heading: '风险与应对',
      intro: '写下可能出现的风险和应对办法，例如疫病、价格波动、销售不畅时如何保障贫困户收益。',
    },
    print: {
      goal: '总体目标',
      objectives: '具体目标',
      objective: '目标',
      linkedIndicators: '衡量指标',
      assumptions: '假设条件',
    },
  },

  {
    goal: {
      heading: 'Overall goal',
      intro:
        'In one or two sentences, what the county will have achieved by the end of the plan, e.g. "By 2020 every rural resident under the current line is lifted out of poverty and the county exits the poor-county list".',
    },
    matrix: {
      heading: 'Logical framework',
      intro:
        'This table is assembled for you: objectives converted from the problem tree, indicators from target setting, measures from the action plan. Objectives that no indicator measures are flagged: link an indicator to them in target setting.',
      caption: 'Logical framework: goal, objectives, measures and the indicators that measure them',
      level: 'Level',
      narrative: 'Statement',
      indicators: 'Indicators',
      verification: PLAN_TERMS.verificationSource.en,
      goalRow: 'Goal',
      objectiveRow: 'Objective',
      outputRow: 'Measure',
      noGoal: 'No overall goal yet (write it above)',
      noObjectives: 'No objectives yet. Turn cause cards into objectives in the problem tree.',
      noActions: 'No measures yet. Add them in the action plan.',
      noIndicator: 'No indicator measures this objective yet',
      linkIndicator: 'Link an indicator in target setting',
      untitledObjective: 'Untitled objective',
      untitledAction: 'Untitled measure',
      untitledIndicator: 'Untitled indicator',
      targets: 'Targets: {{targets}}',
      targetYear: '{{year}}: {{value}}',
      none: '—',
    },
    assumptions: {
      heading: 'Assumptions',
      intro:
        'Conditions the plan depends on that the county does not control, e.g. "the platform partner keeps promoting the shop", "cold-chain logistics reach the villages on time".',
    },
    risks: {
      heading: 'Risks and safeguards',
      intro:
        'What could go wrong and how poor households keep their income if it does: animal disease, price swings, slow sales.',
    },
    print: {
      goal: 'Goal',
      objectives: 'Objectives',
      objective: 'Objective',
      linkedIndicators: 'Indicators',
      assumptions: 'Assumptions',
    },
  },
)
