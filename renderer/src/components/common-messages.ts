import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** Words every screen shares (buttons, the unsaved-changes guard, loading errors) and the date and duration formats. */
const zhCN = {
  save: '保存',
  cancel: '取消',
  delete: '删除',
  edit: '编辑',
  remove: '移除',
  actions: '操作',
  notGiven: '未填写',
  discard: '放弃修改',
  unsaved: '有未保存的修改。',
  fixErrors: '请更正标出的内容。尚未保存任何修改。',
  leave: {
    title: '离开此页？',
    content: '您有未保存的修改，离开后这些修改将丢失。',
    ok: '离开并放弃修改',
    cancel: '留在此页',
  },
  retry: '重试',
  loadFailed: '无法加载',
  format: {
    date: 'YYYY年M月D日',
    dateRange: '{{start}} 至 {{end}}',
    durationHoursMinutes: '{{hours}} 小时 {{minutes}} 分钟',
    durationHours: '{{hours}} 小时',
    durationMinutes: '{{minutes}} 分钟',
  },
}

const en = {
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  edit: 'Edit',
  remove: 'Remove',
  actions: 'Actions',
  notGiven: 'not given',
  discard: 'Discard changes',
  unsaved: 'There are unsaved changes.',
  fixErrors: 'Correct the marked entries. Nothing has been saved yet.',
  leave: {
    title: 'Leave this page?',
    content: 'You have unsaved changes. They will be lost if you leave.',
    ok: 'Leave and discard changes',
    cancel: 'Stay on this page',
  },
  retry: 'Try again',
  loadFailed: 'Could not load',
  format: {
    date: 'D MMM YYYY',
    dateRange: '{{start}} – {{end}}',
    durationHoursMinutes: '{{hours}} h {{minutes}} min',
    durationHours: '{{hours}} h',
    durationMinutes: '{{minutes}} min',
  },
}

export const commonMessages = defineCatalogue('common', zhCN, en)
