import { MAX_COMMENT_LENGTH } from '../../../shared/comments/comment-schema'
import { isPlainText } from '../../../shared/validation/plain-text'

export type CommentTextProblem = 'empty' | 'unsafe' | 'tooLong' | null

/** The form's check, the same as the schema the hub applies (comment-schema.ts), with a reason to say. */
export function commentTextProblem(text: string): CommentTextProblem {
  if (text.trim() === '') return 'empty'
  if (!isPlainText(text, { multiline: true })) return 'unsafe'
  if (text.trim().length > MAX_COMMENT_LENGTH) return 'tooLong'
  return null
}
