import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The console's choice of the follow-up round the projector shows. */
const zhCN = {
  label: '投影的复盘轮次',
  latest: '最新一轮（{{name}}）',
  show: '投影这一轮',
}

const en = {
  label: 'Review round on the projector',
  latest: 'The latest ({{name}})',
  show: 'Show this round',
}

export const followUpRoundPickerMessages = defineCatalogue('console-follow-up-round', zhCN, en)
