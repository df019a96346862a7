import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'

export const COUNTY_DATA_CARD: ExerciseDefinition = {
  kind: 'county-data-card',
  title: { 'zh-CN': '县情数据卡', en: 'County data card' },
  purpose: {
    'zh-CN': '把县情的关键数字连同年份填进数据卡，作为整个规划的基线。',
    en: 'Put the key figures of the county, each with its year, on the data card: the baseline of the whole plan.',
  },
  instructions: [
    {
      'zh-CN': '核对培训前录入的数字：总人口、贫困村数、建档立卡贫困户数和人数及其年份。',
      en: 'Check the figures entered before the class: population, poor villages, registered poor households and people, and their year.',
    },
    {
      'zh-CN': '填写目前仍未脱贫的人口及年份，这是多数目标的基数。',
      en: 'Enter the number of people still poor and its year: most targets are built on it.',
    },
    {
      'zh-CN': '填写农村居民人均可支配收入及年份，用来与当年的贫困线比较。',
      en: "Enter rural disposable income per capita and its year, to compare with that year's poverty line.",
    },
    {
      'zh-CN': '在县情概述中写下主要致贫原因、基础设施短板（道路、宽带、冷链、物流）、电商基础和特色产品。',
      en: 'In the situation summary, write the main causes of poverty, the infrastructure gaps (roads, broadband, cold chain, logistics), the e-commerce baseline and the signature products.',
    },
    {
      'zh-CN': '数字以官方公布为准；拿不准的数字不要估算，在概述中说明来源或存疑之处。',
      en: 'Use officially published figures. Do not guess: where unsure, say in the summary where a figure comes from or why it is in doubt.',
    },
  ],
  prompts: [
    {
      'zh-CN': '全县还有多少贫困人口？主要分布在哪些村？',
      en: 'How many people are still poor, and in which villages?',
    },
    {
      'zh-CN': '贫困户主要因为什么致贫：缺技术、缺资金、因病，还是交通不便？',
      en: 'Why are households poor: lack of skills or capital, illness, or remoteness?',
    },
    {
      'zh-CN': '哪些产品有特色、有品牌，能卖出好价钱？',
      en: 'Which products are distinctive enough to fetch a good price?',
    },
    {
      'zh-CN': '发展电商最缺什么：道路、宽带、冷链还是物流？',
      en: 'What does e-commerce lack most here: roads, broadband, cold chain or logistics?',
    },
  ],
  defaultMinutes: 30,
  sections: ['situation'],
  criteria: [
    {
      id: 'population',
      label: { 'zh-CN': '填写总人口和贫困村数', en: 'Enter the population and the number of poor villages' },
      met: ({ dataCard }) => dataCard.population !== null && dataCard.poorVillages !== null,
    },
    {
      id: 'registered-poor',
      label: {
        'zh-CN': '填写建档立卡贫困户数、人数和年份',
        en: 'Enter the registered poor households and people, and their year',
      },
      met: ({ dataCard }) =>
        dataCard.registeredPoorHouseholds !== null &&
        dataCard.registeredPoorPeople !== null &&
        dataCard.baselineYear !== null,
    },
    {
      id: 'remaining-poor',
      label: { 'zh-CN': '填写现有贫困人口及年份', en: 'Enter the people still poor and the year' },
      met: ({ dataCard }) => dataCard.remainingPoorPeople !== null && dataCard.remainingPoorYear !== null,
    },
    {
      id: 'income',
      label: { 'zh-CN': '填写农村人均可支配收入及年份', en: 'Enter rural income per capita and its year' },
      met: ({ dataCard }) => dataCard.ruralIncomePerCapita !== null && dataCard.incomeYear !== null,
    },
    {
      id: 'situation-summary',
      label: {
        'zh-CN': '撰写县情概述（致贫原因、基础设施短板、特色产品）',
        en: 'Write the situation summary (causes of poverty, infrastructure gaps, signature products)',
      },
      met: ({ prose }) => hasProse(prose.situationSummary),
    },
  ],
}
