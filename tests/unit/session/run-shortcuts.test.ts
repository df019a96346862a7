import { describe, expect, it } from 'vitest'
import {
  RUN_SHORTCUTS,
  shortcutFor,
  type KeyPress,
  type KeyTarget,
} from '../../../renderer/src/console/run-shortcuts'

const BODY: KeyTarget = { tagName: 'BODY', isContentEditable: false, role: null, type: null, inDialog: false }
const press = (key: string, target: KeyTarget | null = BODY, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  isComposing: false,
  target,
  ...extra,
})
const element = (tagName: string, extra: Partial<KeyTarget> = {}): KeyTarget => ({
  tagName,
  isContentEditable: false,
  role: null,
  type: null,
  inDialog: false,
  ...extra,
})

describe('run-mode shortcuts', () => {
  it('map the keys the help overlay lists', () => {
    expect(shortcutFor(press(' '))).toBe('toggleTimer')
    expect(shortcutFor(press('ArrowRight'))).toBe('next')
    expect(shortcutFor(press('ArrowLeft'))).toBe('previous')
    expect(shortcutFor(press('s'))).toBe('spotlight')
    expect(shortcutFor(press('S'))).toBe('spotlight')
    expect(shortcutFor(press('l'))).toBe('lock')
    expect(shortcutFor(press('+'))).toBe('addMinute')
    expect(shortcutFor(press('-'))).toBe('removeMinute')
    expect(shortcutFor(press('?'))).toBe('help')
    expect(shortcutFor(press('x'))).toBeNull()
    expect(new Set(RUN_SHORTCUTS.map((shortcut) => shortcut.action)).size).toBe(RUN_SHORTCUTS.length)
  })

  it.each([
    ['a message box', element('TEXTAREA')],
    ['a text field', element('INPUT', { type: 'text' })],
    ['a field without a type', element('INPUT')],
    ['a select', element('SELECT')],
    ['a rich-text editor', element('DIV', { isContentEditable: true })],
    ['an antd select', element('INPUT', { role: 'combobox', type: 'search' })],
  ])('never fire while typing in %s', (_label, target) => {
    for (const key of ['s', 'L', ' ', 'ArrowRight', '?']) expect(shortcutFor(press(key, target))).toBeNull()
  })

  it('leave Space to a focused button or checkbox, but still take letters and arrows there', () => {
    const button = element('BUTTON')
    expect(shortcutFor(press(' ', button))).toBeNull()
    expect(shortcutFor(press(' ', element('INPUT', { type: 'checkbox' })))).toBeNull()
    expect(shortcutFor(press('ArrowRight', button))).toBe('next')
    expect(shortcutFor(press('s', button))).toBe('spotlight')
  })

  it('leave the arrows to radio groups and tabs', () => {
    expect(shortcutFor(press('ArrowLeft', element('INPUT', { type: 'radio' })))).toBeNull()
    expect(shortcutFor(press('ArrowRight', element('DIV', { role: 'tab' })))).toBeNull()
  })

  it('leave keys inside an open dialog to the dialog', () => {
    expect(shortcutFor(press('l', element('BUTTON', { inDialog: true })))).toBeNull()
    expect(shortcutFor(press('ArrowRight', element('DIV', { inDialog: true })))).toBeNull()
  })

  it('leave modified keys and IME composition alone', () => {
    expect(shortcutFor(press('s', BODY, { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(press('l', BODY, { metaKey: true }))).toBeNull()
    expect(shortcutFor(press('ArrowLeft', BODY, { altKey: true }))).toBeNull()
    expect(shortcutFor(press('s', BODY, { isComposing: true }))).toBeNull()
  })
})
