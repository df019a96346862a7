import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The console's review round: pairing, starting and ending, and each county's comments. */
const zhCN = {
  title: '互评与观摩',
  kind: '方式',
  pairs: '两两互评',
  gallery: '观摩（所有县互相浏览）',
  reviewer: '县',
  reviews: '评阅',
  partner: '{{county}}的评阅对象',
  nobody: '（未配对）',
  repair: '重新配对',
  start: '开始本轮',
  end: '结束本轮',
  running: '本轮进行中：各组可以只读打开对方的方案并发表评论。结束后访问立即关闭。',
  runningGallery: '观摩进行中：各组可以只读浏览所有其他县的方案并发表评论。结束后访问立即关闭。',
  runningGalleryOnly: '只开放这些练习：{{exercises}}。其他练习的内容不会发送到各组的设备。',
  listSeparator: '、',
  exercises: {
    legend: '开放给各组浏览的练习',
    hint: '未勾选的练习不会发送到其他县的设备上，也不能对它们发表评论。圆点投票随 SWOT 分析开放，预算随行动计划开放。',
    none: '请至少勾选一个练习。',
  },
  unpaired: '还有县没有评阅对象，请先为它们选择。',
  tooFew: '至少需要两个县才能互评。',
  counts: {
    title: '各县收到的评论',
    county: '县',
    received: '收到',
    open: '未解决',
    resolved: '已解决',
    print: '打印未解决评论',
    printFor: '打印{{county}}未解决的评论',
  },
}

const en = {
  title: 'Peer review and gallery walk',
  kind: 'Format',
  pairs: 'Pairs swap plans',
  gallery: 'Gallery walk (every county browses all)',
  reviewer: 'County',
  reviews: 'Reviews',
  partner: 'Whom {{county}} reviews',
  nobody: '(not paired)',
  repair: 'Pair again',
  start: 'Start the round',
  end: 'End the round',
  running:
    'Round under way: each group can open its partner’s plan read-only and comment. Ending it closes that access at once.',
  runningGallery:
    'Gallery walk under way: every group can browse the other counties’ plans read-only and comment. Ending it closes that access at once.',
  runningGalleryOnly:
    'Only these exercises are open: {{exercises}}. The others’ content is not sent to the groups’ devices.',
  listSeparator: ', ',
  exercises: {
    legend: 'Exercises open to the groups',
    hint: 'Exercises left unticked are never sent to other counties’ devices, and take no comments. The dot vote opens with the SWOT analysis, the budget with the action plan.',
    none: 'Tick at least one exercise.',
  },
  unpaired: 'Some counties have no one to review; choose a partner for them first.',
  tooFew: 'A peer review needs at least two counties.',
  counts: {
    title: 'Comments each county received',
    county: 'County',
    received: 'Received',
    open: 'Open',
    resolved: 'Resolved',
    print: 'Print open comments',
    printFor: 'Print {{county}}’s open comments',
  },
}

export const consoleReviewMessages = defineCatalogue('console-review', zhCN, en)
