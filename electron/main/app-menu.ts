import type { MenuItemConstructorOptions } from 'electron'
import type { Locale } from '../../shared/locale/locale'
import { shellMessage, type ShellMessageKey } from './shell-messages'

export interface AppMenuActions {
  openDataFolder(): void
  showAbout(): void
}

export interface AppMenuInput {
  locale: Locale
  /** macOS puts an application menu first and keeps Quit there. */
  platform: string
  /** Offered while developing only. */
  devTools: boolean
  actions: AppMenuActions
}

/**
 * The native menu as a plain template: roles do the work (and bring the OS's own shortcuts), labels are ours
 * so the menu speaks the app's language rather than whatever language Electron was built with.
 */
export function buildAppMenuTemplate({
  locale,
  platform,
  devTools,
  actions,
}: AppMenuInput): MenuItemConstructorOptions[] {
  const t = (key: ShellMessageKey): string => shellMessage(key, locale)
  const isMac = platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: t('app.name'),
    submenu: [
      { id: 'about', label: t('menu.about'), click: () => actions.showAbout() },
      separator,
      { role: 'hide', label: t('menu.hide') },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.showAll') },
      separator,
      { role: 'quit', label: t('menu.quit') },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { id: 'open-data-folder', label: t('menu.openDataFolder'), click: () => actions.openDataFolder() },
      ...(isMac ? [] : [separator, { role: 'quit', label: t('menu.quit') } as const]),
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  }

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
      ...(devTools ? [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const] : []),
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'close', label: t('menu.close') },
    ],
  }

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    // On macOS "About" already sits in the application menu.
    submenu: isMac ? [] : [{ id: 'about', label: t('menu.about'), click: () => actions.showAbout() }],
  }

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, ...(isMac ? [] : [helpMenu])]
}
