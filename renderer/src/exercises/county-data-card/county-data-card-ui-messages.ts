import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/**
 * The county data card's strings, with the situation summary written beside it: its step, its projector
 * spotlight and the situation part of the printed plan.
 */
export const countyDataCardUiMessages = defineCatalogue(
  'ui-county-data-card',
  {
    dataCard: {
      heading: '县情数据卡',
      intro:
        '填写最新的县情数据及其年份。按回车键或离开输入框后同步给组员；格式不对的数字不会保存，并在输入框下方说明原因。',
      fields: {
        population: '总人口（人）',
        poorVillages: '贫困村（个）',
        registeredPoorHouseholds: '建档立卡贫困户（户）',
        registeredPoorPeople: '建档立卡贫困人口（人）',
        baselineYear: '建档立卡数据年份',
        remainingPoorPeople: '现有贫困人口（人）',
        remainingPoorYear: '现有贫困人口年份',
        povertyIncidence: '贫困发生率（%）',
        ruralIncomePerCapita: '农村居民人均可支配收入（元）',
        incomeYear: '收入数据年份',
      },
    },
    summary: {
      heading: '现状概述',
      intro: '用几段话概述本县的贫困现状、致贫原因和发展基础。组员可以同时书写，每个人的光标都会显示姓名。',
    },
    spotlight: {
      none: '数据卡还是空的。',
    },
    print: {
      dataCard: '基本县情',
      item: '项目',
      value: '数值',
      population: '总人口',
      poorVillages: '贫困村',
      registeredPoorHouseholds: '建档立卡贫困户',
      registeredPoorPeople: '建档立卡贫困人口',
      remainingPoorPeople: '现有贫困人口',
      povertyIncidence: '贫困发生率',
      ruralIncomePerCapita: '农村居民人均可支配收入',
      povertyLine: '国家农村贫困线',
      povertyLineValue: '{{amount}}\u00a0元/人·年（{{basis}}）',
      incomePerCapita: '{{amount}}\u00a0元/人·年',
      signatureProducts: '特色产品',
      narrative: '致贫原因与发展条件',
    },
  },
  {
    dataCard: {
      heading: 'County data card',
      intro:
        'Enter the latest figures and their years. Each reaches your group when you press Enter or leave its box; a figure in the wrong form is not saved, and the box says why.',
      fields: {
        population: 'Population (people)',
        poorVillages: 'Poor villages',
        registeredPoorHouseholds: 'Registered poor households',
        registeredPoorPeople: 'Registered poor people',
        baselineYear: 'Year of the registered figures',
        remainingPoorPeople: 'People still poor',
        remainingPoorYear: 'Year of the people still poor',
        povertyIncidence: 'Poverty incidence (%)',
        ruralIncomePerCapita: 'Rural disposable income per person (yuan)',
        incomeYear: 'Year of the income figure',
      },
    },
    summary: {
      heading: 'Situation summary',
      intro:
        'Describe in a few paragraphs the county’s poverty, its causes and what it can build on. Everyone in the group can write at once; each cursor shows its writer’s name.',
    },
    spotlight: {
      none: 'The data card is still empty.',
    },
    print: {
      dataCard: 'County data card',
      item: 'Item',
      value: 'Value',
      population: 'Population',
      poorVillages: 'Poor villages',
      registeredPoorHouseholds: 'Registered poor households',
      registeredPoorPeople: 'Registered poor people',
      remainingPoorPeople: 'People still poor',
      povertyIncidence: 'Poverty incidence',
      ruralIncomePerCapita: 'Rural disposable income per capita',
      povertyLine: 'National rural poverty line',
      povertyLineValue: '{{amount}}\u00a0yuan per person per year ({{basis}})',
      incomePerCapita: '{{amount}}\u00a0yuan per person per year',
      signatureProducts: 'Signature products',
      narrative: 'Causes of poverty and conditions for development',
    },
  },
)
