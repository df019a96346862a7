/**
 * What a name or a text may not contain, wherever it enters the hub: control characters (C0, DEL, C1)
 * and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). A NUL or an
 * ESC in a county's name breaks files and terminals it reaches; a right-to-left override makes a name
 * read as something else on the projector and in the PDF. A text written over several lines keeps its
 * line breaks and tabs.
 */
// Matching control characters is the point of these two patterns.
// eslint-disable-next-line no-control-regex
const SINGLE_LINE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u
// eslint-disable-next-line no-control-regex
const MULTILINE_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u

export interface TextLines {
  /** Whether the text may run over several lines (line breaks and tabs allowed). */
  multiline?: boolean
}

/** Whether a text is free of control and bidi-override characters (see above). */
export function isPlainText(text: string, { multiline = false }: TextLines = {}): boolean {
  return !(multiline ? MULTILINE_UNSAFE : SINGLE_LINE_UNSAFE).test(text)
}

/**
 * The text without those characters, for what a device says about itself where nothing can refuse it
 * (the name it shows others while editing): shown to others as typed, minus what would deceive them.
 */
export function withoutUnsafeCharacters(text: string, { multiline = false }: TextLines = {}): string {
  const unsafe = multiline ? MULTILINE_UNSAFE : SINGLE_LINE_UNSAFE
  return text.replace(new RegExp(unsafe.source, 'gu'), '')
}
