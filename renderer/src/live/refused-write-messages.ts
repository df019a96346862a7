import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** What a device says when the hub did not accept part of its edits. */
const zhCN = {
  title: '有修改没有被接受',
  locked: '“{{exercises}}”现在不能编辑（主持人已锁定，或时间已到），以下修改没有保存。',
  facilitatorOnly: '“{{exercises}}”中的这一项只能由主持人修改，你的修改没有保存。',
  facilitatorOnlyPlain: '方案的这一部分只能由主持人修改，你的修改没有保存。',
  invalid: '这次修改不属于方案的任何部分，没有保存。',
  tooLarge: '这份规划已达到容量上限，你刚才的更改未被保存。请把要保留的文字复制出来，并告知主持人。',
  comment:
    '这条评论操作没有被接受：评论只能以本设备所在县的名义发表，发出后不能修改或删除；只有本县小组和主持人可以标记“已解决”或重新打开。如果主持人刚修改过县名，请重新打开本页（刷新）后再发表。',
  commentClosed:
    '这次画廊漫步没有开放“{{exercises}}”，不能对它发表评论，你的评论没有保存。请评论已开放的练习。',
  textsIntro: '你输入的内容（复制后可以另外保存）：',
  textLabel: '未保存的内容 {{number}}',
  listSeparator: '”、“',
  copy: '复制',
  copied: '已复制',
  copyByHand: '无法自动复制：文字已选中，请手动复制。',
  dismiss: '知道了',
}

const en = {
  title: 'Some changes were not accepted',
  locked:
    '{{exercises}} cannot be edited now (locked by the facilitator, or its time is up), so these changes were not saved.',
  facilitatorOnly: 'Only the facilitator can change this in {{exercises}}; your change was not saved.',
  facilitatorOnlyPlain: 'Only the facilitator can change this part of the plan; your change was not saved.',
  invalid: 'This change does not belong to any part of the plan and was not saved.',
  tooLarge:
    'This plan has reached its size limit, and your latest changes were not saved. Copy out the text you want to keep and tell the facilitator.',
  comment:
    'This comment action was not accepted: a comment can only be signed with this device’s own county and cannot be changed or removed once sent; only the county’s own group and the facilitator can resolve or reopen it. If the facilitator has just renamed the county, reload this page and send it again.',
  commentClosed:
    '{{exercises}} is not open in this gallery walk, so your comment on it was not saved. Comment on an exercise that is open.',
  textsIntro: 'What you typed (copy it to keep it elsewhere):',
  textLabel: 'Text not saved {{number}}',
  listSeparator: ', ',
  copy: 'Copy',
  copied: 'Copied',
  copyByHand: 'Could not copy automatically: the text is selected, copy it by hand.',
  dismiss: 'Got it',
}

export const refusedWriteMessages = defineCatalogue('refused-writes', zhCN, en)
