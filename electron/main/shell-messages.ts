import { defineCatalogue, type MessageKey } from '../../shared/i18n/catalogue'
import { createI18n, translator } from '../../shared/i18n/translator'
import type { Locale } from '../../shared/locale/locale'

/**
 * Every sentence and label the Electron shell itself shows (menus, native dialogs, window title), in both
 * languages. The hub's and renderer's messages live in shared/validation/; these never reach a page.
 */
const zhCN = {
  app: {
    name: '规划工坊',
  },
  projector: {
    title: '规划工坊 · 投影',
  },
  menu: {
    file: '文件',
    openDataFolder: '打开数据文件夹',
    quit: '退出规划工坊',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    toggleDevTools: '开发者工具',
    window: '窗口',
    minimize: '最小化',
    close: '关闭窗口',
    help: '帮助',
    about: '关于规划工坊',
    hide: '隐藏规划工坊',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
  },
  about: {
    detail: '版本 {{version}}\n数据保存在本机：{{dataDir}}\n本程序不连接互联网，不收集任何数据。',
    ok: '确定',
  },
  startup: {
    failedTitle: '规划工坊无法启动',
    hubFailed:
      '无法启动规划工坊的内部服务：{{reason}}\n请关闭其他正在运行的规划工坊后重试。如果问题仍然存在，请联系技术支持。',
  },
}

const en = {
  app: {
    name: 'Plan Workshop',
  },
  projector: {
    title: 'Plan Workshop · Projector',
  },
  menu: {
    file: 'File',
    openDataFolder: 'Open Data Folder',
    quit: 'Quit Plan Workshop',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    toggleDevTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Plan Workshop',
    hide: 'Hide Plan Workshop',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  about: {
    detail:
      'Version {{version}}\nData is kept on this computer: {{dataDir}}\nThis app does not use the internet and collects no data.',
    ok: 'OK',
  },
  startup: {
    failedTitle: 'Plan Workshop cannot start',
    hubFailed:
      'The Plan Workshop service could not start: {{reason}}\nClose any other running Plan Workshop and try again. If it keeps happening, contact support.',
  },
}

export const shellMessages = defineCatalogue('shell', zhCN, en)

export type ShellMessageKey = MessageKey<typeof zhCN>

// The shell has no window language of its own: each menu and dialog is built for the locale it is given.
const i18n = createI18n()

export function shellMessage(
  key: ShellMessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return translator(i18n, shellMessages, locale)(key, params)
}
