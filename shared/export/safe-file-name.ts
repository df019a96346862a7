/**
 * File names made from names people typed (county names, plan titles). Whatever the input, the result
 * is one plain file name in the output folder: no path separators or traversal, no characters Windows
 * or macOS refuse, no reserved device names (CON, NUL, COM1…), no leading dot (hidden file) and no
 * trailing dot or space (Windows drops them), at most MAX_FILE_NAME_BYTES of UTF-8.
 */

/** Well under the 255-byte limit of common file systems, leaving room for a temp suffix and a counter. */
export const MAX_FILE_NAME_BYTES = 180

// Separators and characters Windows forbids, C0/C1 controls, and bidi overrides that disguise extensions.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** UTF-8 length in bytes (shared/ has no TextEncoder: it runs without DOM or Node typings). */
function utf8Length(text: string): number {
  let bytes = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** Cuts whole characters (never half a surrogate pair) until the UTF-8 form fits. */
function truncateBytes(text: string, maxBytes: number): string {
  let out = ''
  let bytes = 0
  for (const char of text) {
    bytes += utf8Length(char)
    if (bytes > maxBytes) break
    out += char
  }
  return out
}

/**
 * A safe stem (the part before the extension). `fallback` is used when nothing usable is left, and must
 * itself be safe (it is sanitised too, but never falls back again).
 */
export function safeFileStem(name: string, fallback: string, maxBytes = MAX_FILE_NAME_BYTES): string {
  const cleaned = name
    .normalize('NFC')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
  let stem = truncateBytes(cleaned, maxBytes).replace(/[.\s]+$/, '')
  if (RESERVED.test(stem)) stem = `_${stem}`
  if (stem === '' || /^[.\s_-]*$/.test(stem)) {
    return fallback === '' ? 'export' : safeFileStem(fallback, '', maxBytes)
  }
  return stem
}

/** A safe file name with the given extension (e.g. 'pdf'). */
export function safeFileName(name: string, extension: string, fallback: string): string {
  const suffix = `.${extension}`
  return safeFileStem(name, fallback, MAX_FILE_NAME_BYTES - utf8Length(suffix)) + suffix
}

/**
 * Makes names unique within one export (two counties may well clean to the same name): the second
 * 略阳县.pdf becomes 略阳县 (2).pdf. Case-insensitive, because Windows and macOS folders are.
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>()
  return names.map((name) => {
    const dot = name.lastIndexOf('.')
    const stem = dot > 0 ? name.slice(0, dot) : name
    const extension = dot > 0 ? name.slice(dot) : ''
    let candidate = name
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter++) {
      candidate = `${stem} (${counter})${extension}`
    }
    taken.add(candidate.toLowerCase())
    return candidate
  })
}
