import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The join page a group member opens from the QR code. */
const zhCN = {
  pageTitle: '加入小组',
  heading: '加入县小组',
  intro: '输入投影上或主持人给出的 6 位加入码，再填写你的姓名。无需注册账号。',
  code: '加入码',
  codeHelp: '例如 ABC-234。字母不分大小写，其中没有 0、O、1、I、L。',
  codeFromLink: '加入码已从链接中填入。',
  codeFromLastTime: '已填入本设备上次使用的加入码。加入其他小组时请改成该组的加入码。',
  displayName: '你的姓名',
  displayNameHelp: '组员会在你的光标和头像旁看到这个名字。',
  submit: '加入',
  already: {
    title: '本设备已加入{{county}}小组',
    text: '姓名：{{name}}。可以继续编辑方案，也可以在下方重新加入。',
    continue: '继续编辑方案',
    ended: '本设备之前的加入已结束（主持人可能已关闭局域网会话）。请重新加入。',
    anew: '重新加入或加入其他小组',
  },
}

const en = {
  pageTitle: 'Join your group',
  heading: 'Join your county group',
  intro:
    'Enter the 6-character join code shown on the projector or given by the facilitator, then your name. No account needed.',
  code: 'Join code',
  codeHelp: 'For example ABC-234. Letters are not case-sensitive; there is no 0, O, 1, I or L.',
  codeFromLink: 'The join code was filled in from the link.',
  codeFromLastTime:
    'The code this device joined with last time is filled in. To join another group, enter that group’s code.',
  displayName: 'Your name',
  displayNameHelp: 'Your group sees this name next to your cursor and avatar.',
  submit: 'Join',
  already: {
    title: 'This device has joined the {{county}} group',
    text: 'Name: {{name}}. Continue to the plan, or join anew below.',
    continue: 'Continue to the plan',
    ended:
      'This device’s earlier join has ended (the facilitator may have closed the session). Please join again.',
    anew: 'Join anew or join another group',
  },
}

export const joinMessages = defineCatalogue('join', zhCN, en)
