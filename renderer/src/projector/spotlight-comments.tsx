import { anchoredItem } from '../../../shared/comments/comment-anchors'
import { isOpen, type CommentThread } from '../../../shared/comments/comments-doc'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { Plan } from '../../../shared/live/plan-schema'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { useAuthorLabel } from '../comments/comment-author'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { LimitedList } from './limited-list'
import { projectorMessages } from './projector-messages'

/** Comments a room can read from the back at 1280×720, beside the spotlit work; the rest are counted. */
const SHOWN_LINES = 3

interface SpotlightCommentsProps {
  threads: readonly CommentThread[] | null
  plan: Plan | null
  /** The spotlit exercise: its comments come first, as they are about what the room is looking at. */
  exercise: ExerciseKind
}

/** A county's open comments, listed beside its spotlight on the projector. */
export function SpotlightComments({ threads, plan, exercise }: SpotlightCommentsProps) {
  const t = useMessages(projectorMessages)
  const language = useLanguage()
  const authorLabel = useAuthorLabel()
  const open = (threads ?? []).filter(isOpen)
  const ordered = [
    ...open.filter((thread) => thread.comment.anchor.exercise === exercise),
    ...open.filter((thread) => thread.comment.anchor.exercise !== exercise),
  ]
  /** What a comment is about, unless it is the spotlit exercise as a whole (the title says so). */
  const about = ({ comment }: CommentThread): string | null => {
    const item = plan ? anchoredItem(plan, comment.anchor) : null
    if (item === 'deleted') return t('comments.deleted')
    if (item?.label.trim()) return item.label.trim()
    return comment.anchor.exercise === exercise ? null : exerciseTitle(comment.anchor.exercise, language)
  }
  return (
    <aside
      className="projector-spotlight-comments"
      aria-labelledby="projector-comments-heading"
      data-testid="projector-comments"
    >
      <h2 id="projector-comments-heading">
        {t('comments.heading')}
        {threads && (
          <span className="projector-comments-count">{t('comments.count', { count: open.length })}</span>
        )}
      </h2>
      {!threads ? (
        <p className="projector-empty">{t('loading')}</p>
      ) : ordered.length === 0 ? (
        <p className="projector-empty">{t('comments.none')}</p>
      ) : (
        <LimitedList
          items={ordered}
          limit={SHOWN_LINES}
          className="projector-comment-list"
          keyOf={(thread) => thread.comment.id}
          render={(thread) => (
            <>
              {about(thread) !== null && (
                <span className="projector-comment-about">
                  {t('comments.about', { label: about(thread) })}
                </span>
              )}
              <span className="projector-comment-text">{thread.comment.text}</span>
              <span className="projector-comment-author">{authorLabel(thread.comment.author)}</span>
            </>
          )}
        />
      )}
    </aside>
  )
}
