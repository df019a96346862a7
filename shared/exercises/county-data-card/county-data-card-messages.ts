import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see county-data-card-definition.ts). */
export const countyDataCardMessages = defineCatalogue(
  'exercise-county-data-card',
  {
    title: '县情数据卡',
    purpose: '把县情的关键数字连同年份填进数据卡，作为整个规划的基线。',
    instructions: [
      '核对培训前录入的数字：总人口、贫困村数、建档立卡贫困户数和人数及其年份。',
      '填写目前仍未脱贫的人口及年份，这是多数目标的基数。',
      '填写农村居民人均可支配收入及年份，用来与当年的贫困线比较。',
      '在县情概述中写下主要致贫原因、基础设施短板（道路、宽带、冷链、物流）、电商基础和特色产品。',
      '数字以官方公布为准；拿不准的数字不要估算，在概述中说明来源或存疑之处。',
    ],
    prompts: [
      '全县还有多少贫困人口？主要分布在哪些村？',
      '贫困户主要因为什么致贫：缺技术、缺资金、因病，还是交通不便？',
      '哪些产品有特色、有品牌，能卖出好价钱？',
      '发展电商最缺什么：道路、宽带、冷链还是物流？',
    ],
    criteria: {
      population: '填写总人口和贫困村数',
      'registered-poor': '填写建档立卡贫困户数、人数和年份',
      'remaining-poor': '填写现有贫困人口及年份',
      income: '填写农村人均可支配收入及年份',
      'situation-summary': '撰写县情概述（致贫原因、基础设施短板、特色产品）',
    },
  },
  {
    title: 'County data card',
    purpose:
      'Put the key figures of the county, each with its year, on the data card: the baseline of the whole plan.',
    instructions: [
      'Check the figures entered before the class: population, poor villages, registered poor households and people, and their year.',
      'Enter the number of people still poor and its year: most targets are built on it.',
      "Enter rural disposable income per capita and its year, to compare with that year's poverty line.",
      'In the situation summary, write the main causes of poverty, the infrastructure gaps (roads, broadband, cold chain, logistics), the e-commerce baseline and the signature products.',
      'Use officially published figures. Do not guess: where unsure, say in the summary where a figure comes from or why it is in doubt.',
    ],
    prompts: [
      'How many people are still poor, and in which villages?',
      'Why are households poor: lack of skills or capital, illness, or remoteness?',
      'Which products are distinctive enough to fetch a good price?',
      'What does e-commerce lack most here: roads, broadband, cold chain or logistics?',
    ],
    criteria: {
      population: 'Enter the population and the number of poor villages',
      'registered-poor': 'Enter the registered poor households and people, and their year',
      'remaining-poor': 'Enter the people still poor and the year',
      income: 'Enter rural income per capita and its year',
      'situation-summary':
        'Write the situation summary (causes of poverty, infrastructure gaps, signature products)',
    },
  },
)
