import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The plan workspace's frame: its header, the steps navigator, access and the end of a join. Each exercise's step has its own catalogue. */
const zhCN = {
  pageTitle: '{{county}} · 方案',
  subtitle: '县域扶贫方案 · 小组成员同时编辑，修改实时同步',
  subtitleReadOnly: '县域扶贫方案 · 只读，对方的修改实时显示',
  loading: '正在打开方案…',
  backToJoin: '返回“加入”页',
  asFacilitator: '你正以主持人身份编辑此方案。',
  ended: {
    title: '加入已结束',
    text: '主持人已关闭局域网会话，或本设备的加入凭证已失效，修改已无法保存到主持人的电脑。本设备上尚未保存的修改仍留在此设备中，重新加入同一小组后会自动合并。',
    rejoin: '重新加入',
  },
  noAccess: {
    title: '本设备尚未加入此县小组',
    text: '请扫描投影上的二维码，或输入主持人给出的加入码。',
    otherCounty: '本设备已加入{{county}}小组。',
    goToOwn: '打开{{county}}的方案',
    join: '输入加入码',
  },
  steps: {
    navLabel: '本方案的练习',
    notApplicable: '不计完成度',
    done: '已完成',
    percent: '已完成 {{percent}}%',
    comments: '{{count}} 条评论未解决',
    instructions: '怎么做',
    prompts: '讨论提示',
  },
  countyNotFound: {
    title: '找不到此县',
    text: '此县可能已从培训班中删除。',
  },
}

const en = {
  pageTitle: '{{county}} · plan',
  subtitle: 'County anti-poverty plan · everyone in the group edits at once; changes appear live',
  subtitleReadOnly: 'County anti-poverty plan · read-only; their changes appear live',
  loading: 'Opening the plan…',
  backToJoin: 'Back to the Join tab',
  asFacilitator: 'You are editing this plan as the facilitator.',
  ended: {
    title: 'Your join has ended',
    text: 'The facilitator closed the session, or this device’s join is no longer valid, so changes can no longer be saved on the facilitator’s computer. Unsaved changes stay on this device and merge when you join the same group again.',
    rejoin: 'Join again',
  },
  noAccess: {
    title: 'This device has not joined this county’s group',
    text: 'Scan the QR code on the projector, or enter the join code the facilitator gives you.',
    otherCounty: 'This device has joined the {{county}} group.',
    goToOwn: 'Open the {{county}} plan',
    join: 'Enter a join code',
  },
  steps: {
    navLabel: 'Exercises of this plan',
    notApplicable: 'Completeness does not apply',
    done: 'Complete',
    percent: '{{percent}}% complete',
    comments: 'Open comments: {{count}}',
    instructions: 'What to do',
    prompts: 'Questions to get you talking',
  },
  countyNotFound: {
    title: 'County not found',
    text: 'It may have been removed from the workshop.',
  },
}

export const planMessages = defineCatalogue('plan', zhCN, en)
