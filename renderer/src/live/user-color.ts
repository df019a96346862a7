/**
 * Caret and avatar colours. Each is dark enough for white text (WCAG AA, ≥ 4.5:1), since names are
 * written in white on them, and the hub accepts only #rrggbb.
 */
export const USER_COLORS = [
  '#1554b8',
  '#b4232a',
  '#0f7b4a',
  '#6b2fbf',
  '#a34d00',
  '#00738a',
  '#9c2a77',
  '#5b6b00',
] as const

/** The same name always gets the same colour, on every device, without anyone choosing one. */
export function colorForName(name: string): string {
  let hash = 0
  for (const char of name) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0
  return USER_COLORS[Math.abs(hash) % USER_COLORS.length] ?? USER_COLORS[0]
}
