import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The printed list of a county's open comments (apart from its plan). */
const zhCN = {
  title: '{{county}} · 未解决的评论',
  intro: '以下是截至 {{date}} 尚未解决的评论，供小组修改方案时参考。评论不属于方案本身。',
  none: '没有未解决的评论。',
  about: '针对：{{what}}',
  deleted: '{{kind}}（已删除）',
  facilitator: '主持人',
  author: '{{name}}（{{county}}）',
  replies: '回复',
  itemKind: { card: '卡片', indicator: '指标', action: '行动', paragraph: '段落' },
}

const en = {
  title: '{{county}} · open comments',
  intro:
    'The comments still open on {{date}}, for the group to consider as it revises its plan. Comments are not part of the plan.',
  none: 'No open comments.',
  about: 'About: {{what}}',
  deleted: '{{kind}} (deleted)',
  facilitator: 'Facilitator',
  author: '{{name}} ({{county}})',
  replies: 'Replies',
  itemKind: { card: 'Card', indicator: 'Indicator', action: 'Action', paragraph: 'Paragraph' },
}

export const commentsPrintMessages = defineCatalogue('print-comments', zhCN, en)
