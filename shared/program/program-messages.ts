import { defineCatalogue, type MessageKey } from '../i18n/catalogue'

/** The programme templates' names and the titles they give a new agenda's days, sessions and items. */
const zhCN = {
  morning: '上午',
  afternoon: '下午',
  opening: '开班与相互介绍',
  'standard-3-day': {
    title: '标准三天课程',
    description: '第一天现状分析，第二天资源对接与目标设定，第三天行动计划、预算与审定。',
    days: {
      situation: '现状分析',
      resourcesTargets: '资源对接与目标设定',
      actionsSignOff: '行动计划与审定',
    },
  },
  'compact-2-day': {
    title: '紧凑两天课程（2018 杭州班）',
    description: '第一天分析问题并对接资源，第二天设定目标、制定行动计划并审定。',
    days: {
      problemsResources: '问题分析与资源对接',
      targetsActions: '目标、行动与审定',
    },
  },
}

const en = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  opening: 'Opening and introductions',
  'standard-3-day': {
    title: 'Standard three-day programme',
    description:
      'Day 1 situation analysis, day 2 resource matching and targets, day 3 action plan, budget and sign-off.',
    days: {
      situation: 'Situation analysis',
      resourcesTargets: 'Resources and targets',
      actionsSignOff: 'Action plan and sign-off',
    },
  },
  'compact-2-day': {
    title: 'Compact two-day programme (Hangzhou 2018)',
    description: 'Day 1 analyse problems and match resources; day 2 set targets, plan actions and sign off.',
    days: {
      problemsResources: 'Problems and resources',
      targetsActions: 'Targets, actions and sign-off',
    },
  },
}

export const programMessages = defineCatalogue('program', zhCN, en)

export type ProgramMessageKey = MessageKey<typeof zhCN>
