/**
 * Another person's caret in a prose field: a coloured bar with their name above it. Hidden from screen
 * readers, which would otherwise read names into the text; the presence list names everyone instead.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#595959'
  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.setAttribute('aria-hidden', 'true')
  caret.style.borderColor = color
  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.style.backgroundColor = color
  label.textContent = typeof user.name === 'string' ? user.name : ''
  caret.append(label)
  return caret
}
