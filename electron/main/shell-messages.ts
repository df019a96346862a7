import type { Locale, Localized } from '../../shared/locale/locale'

/**
 * Every sentence and label the Electron shell itself shows (menus, native dialogs, window title), in both
 * languages. The hub's and renderer's messages live in shared/validation/messages.ts; these never reach a page.
 */
export const SHELL_MESSAGES = {
  'app.name': { 'zh-CN': '规划工坊', en: 'Plan Workshop' },
  'projector.title': { 'zh-CN': '规划工坊 · 投影', en: 'Plan Workshop · Projector' },

  'menu.file': { 'zh-CN': '文件', en: 'File' },
  'menu.openDataFolder': { 'zh-CN': '打开数据文件夹', en: 'Open Data Folder' },
  'menu.quit': { 'zh-CN': '退出规划工坊', en: 'Quit Plan Workshop' },
  'menu.edit': { 'zh-CN': '编辑', en: 'Edit' },
  'menu.undo': { 'zh-CN': '撤销', en: 'Undo' },
  'menu.redo': { 'zh-CN': '重做', en: 'Redo' },
  'menu.cut': { 'zh-CN': '剪切', en: 'Cut' },
  'menu.copy': { 'zh-CN': '复制', en: 'Copy' },
  'menu.paste': { 'zh-CN': '粘贴', en: 'Paste' },
  'menu.selectAll': { 'zh-CN': '全选', en: 'Select All' },
  'menu.view': { 'zh-CN': '视图', en: 'View' },
  'menu.reload': { 'zh-CN': '重新加载', en: 'Reload' },
  'menu.resetZoom': { 'zh-CN': '实际大小', en: 'Actual Size' },
  'menu.zoomIn': { 'zh-CN': '放大', en: 'Zoom In' },
  'menu.zoomOut': { 'zh-CN': '缩小', en: 'Zoom Out' },
  'menu.toggleFullScreen': { 'zh-CN': '切换全屏', en: 'Toggle Full Screen' },
  'menu.toggleDevTools': { 'zh-CN': '开发者工具', en: 'Developer Tools' },
  'menu.window': { 'zh-CN': '窗口', en: 'Window' },
  'menu.minimize': { 'zh-CN': '最小化', en: 'Minimize' },
  'menu.close': { 'zh-CN': '关闭窗口', en: 'Close Window' },
  'menu.help': { 'zh-CN': '帮助', en: 'Help' },
  'menu.about': { 'zh-CN': '关于规划工坊', en: 'About Plan Workshop' },
  'menu.hide': { 'zh-CN': '隐藏规划工坊', en: 'Hide Plan Workshop' },
  'menu.hideOthers': { 'zh-CN': '隐藏其他', en: 'Hide Others' },
  'menu.showAll': { 'zh-CN': '全部显示', en: 'Show All' },

  'about.detail': {
    'zh-CN': '版本 {version}\n数据保存在本机：{dataDir}\n本程序不连接互联网，不收集任何数据。',
    en: 'Version {version}\nData is kept on this computer: {dataDir}\nThis app does not use the internet and collects no data.',
  },
  'about.ok': { 'zh-CN': '确定', en: 'OK' },

  'startup.failedTitle': { 'zh-CN': '规划工坊无法启动', en: 'Plan Workshop cannot start' },
  'startup.hubFailed': {
    'zh-CN':
      '无法启动规划工坊的内部服务：{reason}\n请关闭其他正在运行的规划工坊后重试。如果问题仍然存在，请联系技术支持。',
    en: 'The Plan Workshop service could not start: {reason}\nClose any other running Plan Workshop and try again. If it keeps happening, contact support.',
  },
} as const satisfies Record<string, Localized>

export type ShellMessageKey = keyof typeof SHELL_MESSAGES

export function shellMessage(
  key: ShellMessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return SHELL_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
