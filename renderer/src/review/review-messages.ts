import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** Peer review and gallery walk, on a group's device. */
const zhCN = {
  pairsTitle: '互评进行中：请阅读对方县的方案并提出改进意见',
  galleryTitle: '观摩进行中：可以浏览其他县的方案并发表评论',
  open: '打开{{county}}的方案',
  galleryLabel: '其他县的方案',
  reading: '你正在阅读{{county}}的方案（只读）。可以在“评论”中提出意见，对方会实时看到。',
  galleryOnly: '本次观摩只开放：{{exercises}}。',
  listSeparator: '、',
  backToOwn: '回到本县方案',
  notOpen: {
    title: '此方案现在不对你开放',
    text: '其他县的方案只在主持人开启的互评或观摩期间可以阅读。',
  },
  ended: {
    title: '互评已结束',
    text: '主持人已结束本轮互评，对方县的方案已关闭。你发表的评论已保存。',
  },
}

const en = {
  pairsTitle: 'Peer review under way: read your partner county’s plan and suggest improvements',
  galleryTitle: 'Gallery walk under way: browse the other counties’ plans and leave comments',
  open: 'Open {{county}}’s plan',
  galleryLabel: 'Other counties’ plans',
  reading:
    'You are reading {{county}}’s plan (read-only). Leave suggestions under “Comments”; they see them live.',
  galleryOnly: 'Open in this gallery walk: {{exercises}}.',
  listSeparator: ', ',
  backToOwn: 'Back to your county’s plan',
  notOpen: {
    title: 'This plan is not open to you now',
    text: 'Other counties’ plans can be read only during a peer review or gallery walk the facilitator starts.',
  },
  ended: {
    title: 'The peer review has ended',
    text: 'The facilitator ended this round, so the other county’s plan is closed. Your comments are saved.',
  },
}

export const reviewMessages = defineCatalogue('review', zhCN, en)
