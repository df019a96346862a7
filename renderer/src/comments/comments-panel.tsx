import { Button, Drawer, Empty, Select, Switch, Typography } from 'antd'
import { useId, useState } from 'react'
import { anchorItems, anchorOf } from '../../../shared/comments/comment-anchors'
import type { Comment, CommentAnchor } from '../../../shared/comments/comment-schema'
import { addComment, isOpen, setResolved, type CommentThread } from '../../../shared/comments/comments-doc'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { Plan } from '../../../shared/live/plan-schema'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { useLanguage } from '../i18n/use-language'
import { RefusedWritesNotice } from '../live/refused-writes-notice'
import { useMessages } from '../i18n/use-messages'
import { CommentForm } from './comment-form'
import { CommentThreadView } from './comment-thread'
import { commentsMessages } from './comments-messages'
import type { CommentsHandle } from './use-comments'
import './comments.css'

interface CommentsPanelProps {
  open: boolean
  /** The item the drawer was opened on: its threads only, and new comments about it. */
  focus: CommentAnchor | null
  onUnfocus: () => void
  onClose: () => void
  comments: CommentsHandle
  plan: Plan
  steps: readonly ExerciseKind[]
  /** The step on screen: new comments are about it unless another is chosen. */
  currentStep: ExerciseKind
  author: Comment['author']
  /** The plan's own group and the facilitator resolve and reopen. */
  canResolve: boolean
}

/** The comments drawer: per exercise (with its count of open threads), threads, and a new comment. */
export function CommentsPanel(props: CommentsPanelProps) {
  const { open, focus, onUnfocus, onClose, comments, plan, steps, currentStep, author, canResolve } = props
  const t = useMessages(commentsMessages)
  const language = useLanguage()
  const [chosen, setChosen] = useState<ExerciseKind | 'all' | null>(null)
  const [showResolved, setShowResolved] = useState(false)
  const ids = useId()
  const step = focus?.exercise ?? chosen ?? currentStep
  const focusItem = focus?.item ?? null
  const onFocusItem = (thread: CommentThread) =>
    focusItem === null ||
    (thread.comment.anchor.item?.kind === focusItem.kind && thread.comment.anchor.item.id === focusItem.id)
  const doc = comments.live?.doc ?? null
  const openCount = (kind: ExerciseKind) =>
    comments.threads.filter((thread) => thread.comment.anchor.exercise === kind && isOpen(thread)).length
  const shown = comments.threads.filter(
    (thread) =>
      (focusItem !== null || step === 'all' || thread.comment.anchor.exercise === step) &&
      onFocusItem(thread) &&
      (showResolved || isOpen(thread)),
  )
  const exercise = step === 'all' ? currentStep : step
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('title')}
      closable={{ 'aria-label': t('close') }}
      size="large"
      className="comments-drawer"
    >
      <Typography.Paragraph type="secondary">{t('notInPlan')}</Typography.Paragraph>
      {comments.live && (
        <RefusedWritesNotice
          refusals={comments.refusals}
          onDismiss={(id) => comments.live?.dismissRefusal(id)}
        />
      )}
      <div className="comments-filters">
        <label htmlFor={`${ids}-step`}>{t('step')}</label>
        <Select
          id={`${ids}-step`}
          value={step}
          onChange={(value) => {
            setChosen(value)
            onUnfocus()
          }}
          className="comments-step-select"
          options={[
            { value: 'all', label: t('allSteps') },
            ...steps.map((kind) => ({
              value: kind,
              label: t('stepWithCount', { title: exerciseTitle(kind, language), count: openCount(kind) }),
            })),
          ]}
        />
        <label className="comments-resolved-toggle">
          <Switch size="small" checked={showResolved} onChange={setShowResolved} /> {t('showResolved')}
        </label>
      </div>
      {focusItem && (
        <Button type="link" className="comments-unfocus" onClick={onUnfocus}>
          {t('allOfStep')}
        </Button>
      )}
      {shown.length === 0 ? (
        <Empty description={t('none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="comment-threads" aria-label={t('title')}>
          {shown.map((thread) => (
            <CommentThreadView
              key={thread.comment.id}
              thread={thread}
              plan={plan}
              canResolve={canResolve}
              onReply={(text) =>
                doc &&
                addComment(doc, { anchor: thread.comment.anchor, replyTo: thread.comment.id, text, author })
              }
              onResolve={(resolved) => doc && setResolved(doc, thread.comment.id, resolved, author.name)}
            />
          ))}
        </ul>
      )}
      <Typography.Title level={2} className="comments-new-heading">
        {t('stepWithCount', { title: exerciseTitle(exercise, language), count: openCount(exercise) })}
      </Typography.Title>
      <CommentForm
        key={focusItem ? `${focusItem.kind}:${focusItem.id}` : ''}
        initialItem={focusItem}
        items={anchorItems(plan, exercise)}
        label={t('text')}
        submitLabel={t('send')}
        onSubmit={(text, item) =>
          doc &&
          addComment(doc, {
            anchor: { exercise, item: item && anchorOf(item) },
            text,
            author,
          })
        }
      />
      <Typography.Paragraph type="secondary" className="comments-offline">
        {t('offline')}
      </Typography.Paragraph>
    </Drawer>
  )
}
