import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The join tab: opening the session to the LAN and each group's join code. */
const zhCN = {
  lan: {
    heading: '局域网加入',
    closedText: '目前只有本机能访问规划工坊。选择小组设备所连接的网络，然后开放。',
    openText: '小组设备现在可以通过以下地址加入：',
    interface: '网络',
    loopback: '本机（仅供测试）',
    open: '开放局域网',
    close: '关闭局域网',
    statusOpen: '已开放',
    statusClosed: '未开放',
    opened: '已向局域网开放，小组可以加入了。',
    closed: '已关闭局域网加入，所有小组设备已断开。',
    confirmClose: {
      title: '关闭局域网加入？',
      content:
        '所有小组设备将立即断开，已发放的加入凭证全部失效，设备需要重新加入。加入码不变：重新开放后，各组仍可用同一加入码加入。',
      ok: '关闭并断开所有设备',
    },
    lost: {
      title: '现场已断开：局域网没能重新开放',
      text: '规划工坊上次停止时，会话正在 {{address}} 上向局域网开放，但这台电脑现在没有这个地址（可能换了网络，或无线网络还没连上）。在重新开放之前，各组设备都连不上。',
      reopenSame: '在 {{address}} 上重新开放',
      chooseOther: '请连上原来的网络后重新开放，或选择另一个网络开放；换了地址时，各组需要扫描新的二维码。',
      goToJoin: '去重新开放局域网',
    },
  },
  groups: {
    heading: '各小组的加入码',
    empty: {
      title: '还没有小组',
      text: '先在“小组”中为每个县建立小组，这里就会出现各组的加入码和二维码。',
      action: '前往小组',
    },
    code: '加入码',
    qrAlt: '{{county}}小组的加入二维码',
    qrClosed: '开放局域网后显示二维码和加入链接。',
    url: '加入链接',
    openPlan: '以主持人身份打开方案',
    online: '在线',
    nobody: '暂无设备连接',
  },
}

const en = {
  lan: {
    heading: 'Joining over the venue network',
    closedText:
      'Right now only this computer can reach Plan Workshop. Choose the network the group devices are on, then open LAN joining.',
    openText: 'Group devices can now join at:',
    interface: 'Network',
    loopback: 'This computer only (testing)',
    open: 'Open LAN joining',
    close: 'Close LAN joining',
    statusOpen: 'Open',
    statusClosed: 'Closed',
    opened: 'LAN joining is open; groups can join now.',
    closed: 'LAN joining is closed; every group device was disconnected.',
    confirmClose: {
      title: 'Close LAN joining?',
      content:
        'Every group device is disconnected at once and every join handed out stops working, so devices must join again. The join codes stay the same: after reopening, groups join with the same codes.',
      ok: 'Close and disconnect every device',
    },
    lost: {
      title: 'The room is disconnected: LAN joining could not be reopened',
      text: 'When Plan Workshop last stopped, the session was open to the LAN on {{address}}, but this computer no longer has that address (it may be on another network, or the Wi-Fi is not connected yet). No group device can connect until it is reopened.',
      reopenSame: 'Reopen on {{address}}',
      chooseOther:
        'Connect to the same network again and reopen, or open it on another network; with a new address, groups need to scan the new QR codes.',
      goToJoin: 'Reopen LAN joining',
    },
  },
  groups: {
    heading: 'Join codes of the groups',
    empty: {
      title: 'No groups yet',
      text: 'Create a group for each county under Groups; their join codes and QR codes then appear here.',
      action: 'Go to groups',
    },
    code: 'Join code',
    qrAlt: 'QR code to join the {{county}} group',
    qrClosed: 'The QR code and join link appear once LAN joining is open.',
    url: 'Join link',
    openPlan: 'Open the plan as facilitator',
    online: 'Online',
    nobody: 'No device connected',
  },
}

export const joinTabMessages = defineCatalogue('join-tab', zhCN, en)
