import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The charts of a round across counties (the review summary). */
const zhCN = {
  indicatorsTitle: '各县指标达标情况',
  peopleTitle: '各县脱贫人口完成规划的比例',
  share: '完成规划',
  notReported: '未报告',
}

const en = {
  indicatorsTitle: 'Indicators by county',
  peopleTitle: 'People lifted by county, share of plan',
  share: 'Share of plan',
  notReported: 'Not reported',
}

export const roundChartMessages = defineCatalogue('follow-up-round-charts', zhCN, en)
