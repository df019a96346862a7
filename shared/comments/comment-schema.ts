import { z } from 'zod'
import { EXERCISE_KINDS } from '../program/exercise-kinds'
import { isPlainText } from '../validation/plain-text'
import { MAX_COUNTY_NAME_LENGTH } from '../county/county-schema'

/** What a comment can be about, inside an exercise: the exercise as a whole, or one of its items. */
export const COMMENT_ITEM_KINDS = ['card', 'indicator', 'action', 'paragraph'] as const
export type CommentItemKind = (typeof COMMENT_ITEM_KINDS)[number]

export const MAX_COMMENT_LENGTH = 2000
export const MAX_AUTHOR_NAME_LENGTH = 40

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const plainLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => isPlainText(text))
const countyName = plainLine(MAX_COUNTY_NAME_LENGTH)

/**
 * Where a comment points: an exercise, and optionally one item of it by the item's stable id (a card, an
 * indicator row, an action). The id outlives edits; when the item is deleted the comment stays and says
 * so. A paragraph of prose has no id of its own: it is pointed at by its position (`p<index>`) and its
 * opening words (`excerpt`), which find it again after paragraphs are added or removed around it
 * (comment-anchors.ts) and still say what it was once it is gone.
 */
export const commentAnchorSchema = z.object({
  exercise: z.enum(EXERCISE_KINDS),
  item: z.object({ kind: z.enum(COMMENT_ITEM_KINDS), id, excerpt: plainLine(60).optional() }).nullable(),
})
export type CommentAnchor = z.output<typeof commentAnchorSchema>

/** One comment, stored as an immutable value under its id: nobody edits a comment once it is sent. */
export const commentSchema = z.object({
  id,
  /** The comment a reply answers (always the thread's first); null for a thread of its own. */
  replyTo: id.nullable(),
  anchor: commentAnchorSchema,
  text: z
    .string()
    .max(MAX_COMMENT_LENGTH)
    .refine((text) => text.trim() !== '' && isPlainText(text, { multiline: true })),
  author: z.object({
    name: z
      .string()
      .min(1)
      .max(MAX_AUTHOR_NAME_LENGTH)
      .refine((name) => isPlainText(name)),
    /** The author's county; null for the facilitator. */
    countyId: id.nullable(),
    /**
     * Its name in both languages as the author's device knew it: the reader may know no other (a group
     * sees no list of counties). The hub vouches for `countyId`, which is what access turns on.
     */
    countyName: countyName,
    countyNameEn: countyName,
  }),
  createdAt: z.iso.datetime(),
})
export type Comment = z.output<typeof commentSchema>

/** Whether a thread is resolved, by whom and when; absent means open. */
export const resolutionSchema = z.object({
  resolved: z.boolean(),
  by: z.string().max(MAX_AUTHOR_NAME_LENGTH),
  at: z.iso.datetime(),
})
export type Resolution = z.output<typeof resolutionSchema>
