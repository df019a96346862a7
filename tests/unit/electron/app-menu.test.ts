import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildAppMenuTemplate, type AppMenuActions } from '../../../electron/main/app-menu'
import { shellMessages } from '../../../electron/main/shell-messages'
import { messageLeaves } from '../../../shared/i18n/catalogue'
import { LOCALES, type Locale } from '../../../shared/locale/locale'

const noop: AppMenuActions = { openDataFolder: () => undefined, showAbout: () => undefined }

/** Every item of a template, submenus included, in order. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}

/** The template without its words: what must be the same in every language. */
function shape(items: MenuItemConstructorOptions[]): unknown {
  return items.map((item) => ({
    type: item.type,
    role: item.role,
    id: item.id,
    submenu: Array.isArray(item.submenu) ? shape(item.submenu) : undefined,
  }))
}

const build = (locale: Locale, platform: string, devTools = false) =>
  buildAppMenuTemplate({ locale, platform, devTools, actions: noop })

describe.each(['linux', 'win32', 'darwin'])('the native menu on %s', (platform) => {
  it.each(LOCALES)('labels every item in %s, with words from the shell messages', (locale) => {
    const known = new Set<string>(messageLeaves(shellMessages.messages[locale]).map(([, text]) => text))
    for (const item of flatten(build(locale, platform, true))) {
      if (item.type === 'separator') continue
      expect(item.label, JSON.stringify({ role: item.role, id: item.id })).toBeTruthy()
      expect(known.has(item.label ?? '')).toBe(true)
    }
  })

  it('has the same items in the same order in both languages', () => {
    expect(shape(build('zh-CN', platform))).toEqual(shape(build('en', platform)))
  })

  it('speaks Chinese in zh-CN', () => {
    expect(build('zh-CN', platform).map((item) => item.label)).toContain('编辑')
  })

  it('offers Quit exactly once', () => {
    expect(flatten(build('en', platform)).filter((item) => item.role === 'quit')).toHaveLength(1)
  })

  it('offers DevTools only when asked to', () => {
    const roles = (devTools: boolean) => flatten(build('en', platform, devTools)).map((item) => item.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('runs the shell’s actions from its own items', () => {
    const called: string[] = []
    const template = buildAppMenuTemplate({
      locale: 'en',
      platform,
      devTools: false,
      actions: {
        openDataFolder: () => called.push('openDataFolder'),
        showAbout: () => called.push('showAbout'),
      },
    })
    const items = flatten(template)
    const click = (id: string) => {
      const item = items.find((candidate) => candidate.id === id)
      ;(item?.click as (() => void) | undefined)?.()
    }
    click('open-data-folder')
    click('about')
    expect(called).toEqual(['openDataFolder', 'showAbout'])
  })
})

describe('platform conventions', () => {
  it('puts an application menu named after the app first on macOS', () => {
    expect(build('zh-CN', 'darwin')[0]?.label).toBe('规划工坊')
    expect(build('en', 'darwin')[0]?.label).toBe('Plan Workshop')
  })

  it('starts with File elsewhere', () => {
    expect(build('zh-CN', 'win32')[0]?.label).toBe('文件')
    expect(build('en', 'linux')[0]?.label).toBe('File')
  })
})
