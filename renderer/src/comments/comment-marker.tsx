import { CommentOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { CommentItemKind } from '../../../shared/comments/comment-schema'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { useMessages } from '../i18n/use-messages'
import { useCommentMarkers } from './comment-markers'
import { commentsMessages } from './comments-messages'
import './comments.css'

interface CommentMarkerProps {
  exercise: ExerciseKind
  kind: CommentItemKind
  id: string
}

/** A small count on an item that has open comments; it opens the comments drawer on that item. */
export function CommentMarker({ exercise, kind, id }: CommentMarkerProps) {
  const t = useMessages(commentsMessages)
  const markers = useCommentMarkers()
  const count = markers?.openCount(kind, id) ?? 0
  if (!markers || count === 0) return null
  const label = t('marker', { count })
  return (
    <Button
      size="small"
      className="comment-marker"
      icon={<CommentOutlined aria-hidden />}
      aria-label={label}
      title={label}
      aria-haspopup="dialog"
      onClick={() => markers.show({ exercise, item: { kind, id } })}
      data-testid="comment-marker"
    >
      {count}
    </Button>
  )
}
