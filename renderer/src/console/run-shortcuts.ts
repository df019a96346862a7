/**
 * The console's keyboard shortcuts, and when a key press is one. Pure (no DOM types) so the rules can
 * be tested directly: a shortcut never fires while the facilitator types in a field, never with Ctrl,
 * Alt or Meta held (those belong to the browser and the OS), and Space or an arrow key on a focused
 * control that uses it (Space on a button, arrows in a radio group) does what that control does.
 */
export const RUN_SHORTCUTS = [
  { action: 'toggleTimer', keys: [' '], label: 'Space' },
  { action: 'next', keys: ['ArrowRight'], label: '→' },
  { action: 'previous', keys: ['ArrowLeft'], label: '←' },
  { action: 'addMinute', keys: ['+', '='], label: '+' },
  { action: 'removeMinute', keys: ['-', '_'], label: '−' },
  { action: 'spotlight', keys: ['s', 'S'], label: 'S' },
  { action: 'lock', keys: ['l', 'L'], label: 'L' },
  { action: 'gallery', keys: ['g', 'G'], label: 'G' },
  { action: 'joinCodes', keys: ['j', 'J'], label: 'J' },
  { action: 'exerciseView', keys: ['e', 'E'], label: 'E' },
  { action: 'message', keys: ['m', 'M'], label: 'M' },
  { action: 'help', keys: ['?'], label: '?' },
] as const

export type RunShortcutAction = (typeof RUN_SHORTCUTS)[number]['action']

/** What the key handler needs to know about the element that has focus. */
export interface KeyTarget {
  tagName: string
  isContentEditable: boolean
  role: string | null
  /** For inputs: text, checkbox, radio… */
  type: string | null
  /** Inside an open dialog (a confirmation, the help overlay): keys belong to the dialog. */
  inDialog: boolean
}

export interface KeyPress {
  key: string
  ctrlKey: boolean
  altKey: boolean
  metaKey: boolean
  /** An IME is composing (Chinese input): the key belongs to the composition. */
  isComposing: boolean
  target: KeyTarget | null
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
])

/** A place where keys make text: typing "s" there is a letter, not a spotlight. */
export function isTyping(target: KeyTarget | null): boolean {
  if (!target) return false
  if (target.isContentEditable) return true
  const tag = target.tagName.toUpperCase()
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((target.type ?? 'text').toLowerCase())
  return target.role === 'textbox' || target.role === 'combobox' || target.role === 'spinbutton'
}

const SPACE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'option'])
const ARROW_ROLES = new Set(['radio', 'tab', 'menuitem', 'option', 'slider', 'tree', 'treeitem', 'grid'])

/** A focused control that Space already operates (presses a button, ticks a box). */
function spaceOperates(target: KeyTarget): boolean {
  const tag = target.tagName.toUpperCase()
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY' || tag === 'INPUT') return true
  return target.role !== null && SPACE_ROLES.has(target.role)
}

/** A focused control that moves with the arrows (radio groups, tabs, sliders); a plain button does not. */
function arrowsOperate(target: KeyTarget): boolean {
  if (target.tagName.toUpperCase() === 'INPUT') return true
  return target.role !== null && ARROW_ROLES.has(target.role)
}

export function shortcutFor(press: KeyPress): RunShortcutAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.isComposing) return null
  const target = press.target
  if (isTyping(target) || target?.inDialog) return null
  const shortcut = RUN_SHORTCUTS.find((candidate) =>
    (candidate.keys as readonly string[]).includes(press.key),
  )
  if (!shortcut) return null
  if (target && press.key === ' ' && spaceOperates(target)) return null
  if (target && press.key.startsWith('Arrow') && arrowsOperate(target)) return null
  return shortcut.action
}
