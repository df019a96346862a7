import { CheckCircleOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { anchoredItem } from '../../../shared/comments/comment-anchors'
import type { Comment } from '../../../shared/comments/comment-schema'
import type { CommentThread } from '../../../shared/comments/comments-doc'
import type { Plan } from '../../../shared/live/plan-schema'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { useAuthorLabel } from './comment-author'
import { CommentForm } from './comment-form'
import { commentsMessages } from './comments-messages'

interface CommentThreadViewProps {
  thread: CommentThread
  plan: Plan
  canResolve: boolean
  onReply: (text: string) => void
  onResolve: (resolved: boolean) => void
}

function CommentBody({ comment }: { comment: Comment }) {
  const authorLabel = useAuthorLabel()
  return (
    <div className="comment-body">
      <Typography.Text strong>{authorLabel(comment.author)}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        <time dateTime={comment.createdAt}>{dayjs(comment.createdAt).format('YYYY-MM-DD HH:mm')}</time>
      </Typography.Text>
      <p className="comment-text">{comment.text}</p>
    </div>
  )
}

/** One thread: what it is about (marked when that item is gone), the comment, its replies, and resolving. */
export function CommentThreadView({ thread, plan, canResolve, onReply, onResolve }: CommentThreadViewProps) {
  const t = useMessages(commentsMessages)
  const language = useLanguage()
  const [replying, setReplying] = useState(false)
  const { comment, replies, resolution } = thread
  const item = anchoredItem(plan, comment.anchor)
  const kind = comment.anchor.item ? t(`itemKind.${comment.anchor.item.kind}`) : ''
  const resolved = resolution?.resolved === true
  return (
    <li className={resolved ? 'comment-thread comment-thread-resolved' : 'comment-thread'}>
      <div className="comment-anchor">
        <Tag>{exerciseTitle(comment.anchor.exercise, language)}</Tag>
        {item === 'deleted' ? (
          <Tag className="comment-anchor-gone">
            {comment.anchor.item?.excerpt
              ? t('paragraphGone', { excerpt: comment.anchor.item.excerpt })
              : t('itemDeleted', { kind })}
          </Tag>
        ) : item ? (
          <span>
            {kind} · {item.label.trim() || t('untitled')}
          </span>
        ) : null}
      </div>
      <CommentBody comment={comment} />
      {replies.length > 0 && (
        <ul className="comment-replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} />
            </li>
          ))}
        </ul>
      )}
      {resolved && resolution && (
        <Typography.Text className="comment-resolved">
          <CheckCircleOutlined aria-hidden /> {t('resolved', { name: resolution.by })}
        </Typography.Text>
      )}
      {replying ? (
        <CommentForm
          items={null}
          label={t('replyLabel', { name: comment.author.name })}
          submitLabel={t('sendReply')}
          autoFocus
          onSubmit={(text) => {
            onReply(text)
            setReplying(false)
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <Space className="comment-actions">
          <Button size="small" onClick={() => setReplying(true)}>
            {t('reply')}
          </Button>
          {canResolve && (
            <Button size="small" onClick={() => onResolve(!resolved)}>
              {resolved ? t('reopen') : t('resolve')}
            </Button>
          )}
        </Space>
      )}
    </li>
  )
}
