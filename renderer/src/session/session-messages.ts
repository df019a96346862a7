import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** What the room's session shows on every device: the timer, the lock banner, the room strip, the summons. */
const zhCN = {
  label: '主持人的安排',
  now: '现在进行：',
  goThere: '转到此练习',
  messageFrom: '主持人消息：',
  summoned: '主持人请大家转到“{{exercise}}”。',
  timer: {
    label: '计时器',
    ready: '未开始',
    running: '计时中',
    paused: '已暂停',
    nearlyUp: '即将结束',
    overrun: '已超时',
  },
  lock: {
    title: '此练习已锁定，只能查看',
    lockedAll: '主持人已为所有小组锁定此练习，现在不能修改。',
    lockedGroup: '主持人已为本组锁定此练习，现在不能修改。',
    timeUp: '时间到了：主持人设置了时间到时暂停输入，现在不能修改。',
    facilitatorTitle: '小组现在不能编辑此练习',
    facilitatorLockedAll: '此练习已为所有小组锁定。你以主持人身份仍可编辑。',
    facilitatorLockedGroup: '此练习已为本组锁定。你以主持人身份仍可编辑。',
    facilitatorTimeUp: '时间已到，各组输入已暂停。你以主持人身份仍可编辑。',
  },
}

const en = {
  label: 'From the facilitator',
  now: 'Now:',
  goThere: 'Go to this exercise',
  messageFrom: 'Message from the facilitator:',
  summoned: 'The facilitator asked everyone to open “{{exercise}}”.',
  timer: {
    label: 'Timer',
    ready: 'Not started',
    running: 'Running',
    paused: 'Paused',
    nearlyUp: 'Nearly up',
    overrun: 'Over time',
  },
  lock: {
    title: 'This exercise is locked: you can look but not change it',
    lockedAll: 'The facilitator has locked this exercise for all groups; it cannot be changed now.',
    lockedGroup: 'The facilitator has locked this exercise for your group; it cannot be changed now.',
    timeUp: 'Time is up: the facilitator pauses input when time runs out, so it cannot be changed now.',
    facilitatorTitle: 'Groups cannot edit this exercise now',
    facilitatorLockedAll: 'This exercise is locked for all groups. As the facilitator you can still edit it.',
    facilitatorLockedGroup:
      'This exercise is locked for this group. As the facilitator you can still edit it.',
    facilitatorTimeUp:
      'Time is up and the groups’ input is paused. As the facilitator you can still edit it.',
  },
}

export const sessionMessages = defineCatalogue('session', zhCN, en)
