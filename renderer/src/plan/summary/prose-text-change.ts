/** One edit of a prose field's plain text: the characters from..to (of the text before) became `insert`. */
export interface TextChange {
  from: number
  to: number
  insert: string
}

/**
 * What turned `before` into `after`, as one replaced span (common start and end kept). Typing before the
 * editor takes over changes one place, so one span says it exactly; a change elsewhere too is still kept,
 * only as a wider span.
 */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null
  let start = 0
  const shorter = Math.min(before.length, after.length)
  while (start < shorter && before[start] === after[start]) start++
  let end = 0
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) }
}

/**
 * The same change on the text as it is now, when others edited it meanwhile (`baseline` is what the
 * change was made on): their edit before it moves it, their edit inside it leaves it at its start.
 */
export function rebaseChange(change: TextChange, baseline: string, now: string): TextChange {
  const theirs = textChange(baseline, now)
  if (theirs === null) return change
  const shift = theirs.insert.length - (theirs.to - theirs.from)
  if (theirs.to <= change.from) return { ...change, from: change.from + shift, to: change.to + shift }
  if (theirs.from >= change.to) return change
  const at = Math.min(change.from, theirs.from + theirs.insert.length)
  return { from: at, to: at, insert: change.insert }
}
