import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The save status of a live document and how the people editing it are named. */
const zhCN = {
  status: {
    label: '保存状态',
    connecting: '正在连接…',
    saved: '已保存',
    saving: '正在保存…',
    offlineOne: '离线 – {{count}} 处修改尚未保存',
    offlineMany: '离线 – {{count}} 处修改尚未保存',
    offlineUnknown: '离线 – 有修改尚未保存',
    offlineNone: '离线 – 没有未保存的修改',
    offlineHint: '可以继续编辑：修改先保存在本设备上，恢复连接后自动合并。',
    refused: '未保存 – 加入已结束',
  },
  presence: {
    label: '正在查看此方案的人',
    you: '{{name}}（你）',
    facilitator: '{{name}}（主持人）',
  },
  facilitatorName: '主持人',
}

const en = {
  status: {
    label: 'Save status',
    connecting: 'Connecting…',
    saved: 'Saved',
    saving: 'Saving…',
    offlineOne: 'Offline – {{count}} change not yet saved',
    offlineMany: 'Offline – {{count}} changes not yet saved',
    offlineUnknown: 'Offline – changes not yet saved',
    offlineNone: 'Offline – no unsaved changes',
    offlineHint: 'Keep editing: changes stay on this device and merge when the connection returns.',
    refused: 'Not saved – join ended',
  },
  presence: {
    label: 'People looking at this plan now',
    you: '{{name}} (you)',
    facilitator: '{{name}} (facilitator)',
  },
  facilitatorName: 'Facilitator',
}

export const liveMessages = defineCatalogue('live', zhCN, en)
