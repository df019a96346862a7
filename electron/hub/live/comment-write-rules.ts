import * as Y from 'yjs'
import { commentSchema, resolutionSchema, type Comment } from '../../../shared/comments/comment-schema'
import { COMMENT_ROOTS, commentEntries, resolutionEntries } from '../../../shared/comments/comments-doc'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'

/**
 * The writing group's county as the hub knows it from the credential, with its names as stored. A
 * comment must be signed exactly so, since readers show the names it carries and can look up no others.
 */
export interface CommentWriter {
  countyId: string
  countyName: string
  countyNameEn: string
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * What of a group's update to a county's comments the hub refuses, by root: in `comments` anything but
 * new, valid comments signed as the writer (nobody edits or deletes a comment, nobody writes as another
 * county, with another county's name, or as the facilitator); in `resolved` anything unless the writer
 * is the plan's own county, and then anything invalid; every other root. A comment on an exercise not
 * `open` to the writer (a gallery walk's closed ones) is refused like an invalid one. Comments
 * are small, so the update is tried on a copy and the result compared, which also judges what it
 * completes of earlier frames Yjs held back (the copy holds them too). Empty when all of it may stand.
 */
export function judgeCommentWrite(
  doc: Y.Doc,
  update: Uint8Array,
  writer: CommentWriter,
  planCountyId: string,
  /** The exercises the writer may comment on (a gallery walk open on some only); null: every one. */
  open: readonly ExerciseKind[] | null = null,
): Set<string> {
  const after = new Y.Doc()
  Y.applyUpdate(after, Y.encodeStateAsUpdate(doc))
  Y.applyUpdate(after, update)
  const refused = new Set<string>()
  for (const root of after.share.keys()) {
    const known = (COMMENT_ROOTS as readonly string[]).includes(root)
    if (!known && !doc.share.has(root)) refused.add(root)
  }
  if (!commentsAllowed(commentEntries(doc), commentEntries(after), writer, open)) refused.add('comments')
  const resolvedChanged = changedKeys(resolutionEntries(doc), resolutionEntries(after))
  const resolutionsValid = resolvedChanged.every(
    (key) => resolutionSchema.safeParse(resolutionEntries(after).get(key)).success,
  )
  if (resolvedChanged.length > 0 && (writer.countyId !== planCountyId || !resolutionsValid))
    refused.add('resolved')
  after.destroy()
  return refused
}

function changedKeys(before: Y.Map<unknown>, after: Y.Map<unknown>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter((key) => !sameValue(before.get(key), after.get(key)))
}

const signedBy = (author: Comment['author'], writer: CommentWriter) =>
  author.countyId === writer.countyId &&
  author.countyName === writer.countyName &&
  author.countyNameEn === writer.countyNameEn

function commentsAllowed(
  before: Y.Map<unknown>,
  after: Y.Map<unknown>,
  writer: CommentWriter,
  open: readonly ExerciseKind[] | null,
): boolean {
  return changedKeys(before, after).every((key) => {
    if (before.has(key)) return false
    const parsed = commentSchema.safeParse(after.get(key))
    if (!parsed.success) return false
    const comment = parsed.data
    const answers = comment.replyTo === null || after.has(comment.replyTo)
    const onOpen = open === null || open.includes(comment.anchor.exercise)
    return comment.id === key && signedBy(comment.author, writer) && answers && onOpen
  })
}

/** The values an update adds to `comments`, as sent (unchecked). */
function newCommentValues(doc: Y.Doc, update: Uint8Array): unknown[] {
  const after = new Y.Doc()
  Y.applyUpdate(after, Y.encodeStateAsUpdate(doc))
  Y.applyUpdate(after, update)
  const before = commentEntries(doc)
  const values = [...commentEntries(after).entries()].filter(([key]) => !before.has(key)).map(([, v]) => v)
  after.destroy()
  return values
}

/** The words of the comments an update adds, for a refused device to copy back (the form was cleared). */
export function newCommentTexts(doc: Y.Doc, update: Uint8Array): string[] {
  return newCommentValues(doc, update)
    .map((value) => (value as { text?: unknown } | null)?.text)
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '')
}

/** The exercises outside `open` that an update's new comments point at, for the device to name. */
export function closedExercisesOf(
  doc: Y.Doc,
  update: Uint8Array,
  open: readonly ExerciseKind[],
): ExerciseKind[] {
  const kinds = newCommentValues(doc, update)
    .map((value) => commentSchema.safeParse(value))
    .flatMap((parsed) => (parsed.success ? [parsed.data.anchor.exercise] : []))
    .filter((kind) => !open.includes(kind))
  return [...new Set(kinds)]
}
