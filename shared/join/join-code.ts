/**
 * Join codes are read aloud and typed on phones: six characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), case-insensitive, separators ignored.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const JOIN_CODE_LENGTH = 6

export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

export function isJoinCode(value: string): boolean {
  return value.length === JOIN_CODE_LENGTH && [...value].every((char) => JOIN_CODE_ALPHABET.includes(char))
}

/** Shown as "ABC-DEF" so it is easy to read out. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`
}
