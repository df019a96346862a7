import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The review step of a county's workspace, where its team enters a follow-up round live. */
const zhCN = {
  entry: {
    title: '复盘已开放：{{round}}',
    text: '请对照规划中 {{year}} 年的目标，填写本县的实际进展。',
    open: '填写复盘',
  },
  pageTitle: '{{county}} · 复盘',
  backToPlan: '返回方案',
  heading: '复盘：{{round}}',
  judged:
    '对照规划中 {{year}} 年的目标。每一栏在离开输入框或选好后即保存；同组其他设备和主持人填写的内容会自动出现在这里。',
  saving: '正在保存…',
  saved: '已保存 {{time}}',
  lastSave: '最近一次保存：{{name}}，{{time}}',
  notSaved: '本轮尚未填写。',
  closed: {
    title: '现在没有开放填写的复盘',
    text: '主持人开放复盘轮次后，这里会出现本县的复盘表。',
  },
  loading: '正在打开复盘…',
}

const en = {
  entry: {
    title: 'Review open: {{round}}',
    text: 'Enter how your county is doing against the plan’s {{year}} targets.',
    open: 'Enter the review',
  },
  pageTitle: '{{county}} · review',
  backToPlan: 'Back to the plan',
  heading: 'Review: {{round}}',
  judged:
    'Against the plan’s {{year}} targets. Each field is saved as you leave it or choose; what the other devices of your group and the facilitator enter appears here by itself.',
  saving: 'Saving…',
  saved: 'Saved {{time}}',
  lastSave: 'Last saved by {{name}}, {{time}}',
  notSaved: 'Nothing entered for this round yet.',
  closed: {
    title: 'No review is open for entry now',
    text: 'When the facilitator opens a review round, your county’s review form appears here.',
  },
  loading: 'Opening the review…',
}

export const countyReviewMessages = defineCatalogue('county-review', zhCN, en)
