import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The strings of the projector view, Chinese first. */
const zhCN = {
  pageTitle: '投影 · {{title}}',
  loading: '正在连接主持人的电脑…',
  noToken: {
    title: '请从主持台打开投影',
    text: '投影页需要主持台提供的投影链接。请在主持台点击“打开投影窗口”，或复制那里的投影链接在这台电脑上打开。',
  },
  refused: {
    title: '投影链接已失效',
    text: '主持人已更换投影链接，或培训班已删除。请在主持台重新打开投影窗口。',
  },
  reconnecting: '与主持人电脑的连接中断，正在重新连接…',
  welcome: '培训班即将开始',
  exercise: {
    steps: '怎么做',
  },
  spotlight: {
    label: '聚焦',
    none: '主持人还没有选择要聚焦的县。',
    empty: '还没有内容。',
    more: '还有 {{count}} 条',
  },
  comments: {
    heading: '收到的评论',
    count: '{{count}} 条未解决',
    none: '没有未解决的评论。',
    about: '关于：{{label}}',
    deleted: '（已删除的内容）',
  },
  gallery: {
    heading: '各县目标对比',
    measure: '计划带动脱贫人口（人）',
    total: '合计',
    unit: '人',
    counted: '{{total}} 个县中 {{count}} 个已设定目标',
    notSet: '尚未设定',
    people: '{{people}} 人',
    chart: '各县计划带动脱贫人口条形图',
    table: '各县计划带动脱贫人口',
    county: '县',
  },
  join: {
    heading: '扫码或输入加入码，加入本县小组',
    closed: '主持人还没有开放局域网。开放后，这里会显示各组的二维码。',
    typeAt: '没有扫码？用浏览器打开 {{url}}/join 并输入加入码',
    noGroups: '还没有小组。',
  },
  message: {
    label: '主持人消息',
  },
}

const en: typeof zhCN = {
  pageTitle: 'Projector · {{title}}',
  loading: 'Connecting to the facilitator’s computer…',
  noToken: {
    title: 'Open the projector from the console',
    text: 'The projector page needs the projector link from the console. Click “Open the projector window” there, or open the projector link shown there on this computer.',
  },
  refused: {
    title: 'This projector link no longer works',
    text: 'The facilitator replaced the projector link, or the workshop was deleted. Open the projector window again from the console.',
  },
  reconnecting: 'Lost the connection to the facilitator’s computer; reconnecting…',
  welcome: 'The workshop is about to begin',
  exercise: {
    steps: 'How it works',
  },
  spotlight: {
    label: 'Spotlight',
    none: 'The facilitator has not chosen a county to spotlight yet.',
    empty: 'Nothing here yet.',
    more: '{{count}} more',
  },
  comments: {
    heading: 'Comments received',
    count: '{{count}} open',
    none: 'No open comments.',
    about: 'On: {{label}}',
    deleted: '(deleted item)',
  },
  gallery: {
    heading: 'Targets side by side',
    measure: 'People to lift out of poverty',
    total: 'Total',
    unit: 'people',
    counted: 'targets set by {{count}} of {{total}} counties',
    notSet: 'Not set yet',
    people: '{{people}}',
    chart: 'Bar chart of the people each county plans to lift out of poverty',
    table: 'People each county plans to lift out of poverty',
    county: 'County',
  },
  join: {
    heading: 'Scan the code or type the join code to join your county’s group',
    closed:
      'The facilitator has not opened the session to the network yet. The QR codes appear here once it is open.',
    typeAt: 'No scanner? Open {{url}}/join in a browser and type the code',
    noGroups: 'No groups yet.',
  },
  message: {
    label: 'Message from the facilitator',
  },
}

export const projectorMessages = defineCatalogue('projector', zhCN, en)
