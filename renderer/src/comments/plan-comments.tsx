import { CommentOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { Comment } from '../../../shared/comments/comment-schema'
import { isOpen } from '../../../shared/comments/comments-doc'
import type { Plan } from '../../../shared/live/plan-schema'
import { afterPageSettles } from '../app/after-page-settles'
import { lazyComponent } from '../app/lazy-component'
import { useMessages } from '../i18n/use-messages'
import type { WorkspaceStep } from '../plan/steps/workspace-steps'
import { stepFromSearch } from '../plan/steps/workspace-steps'
import { commentsMessages } from './comments-messages'
import { NewCommentAnnouncer } from './new-comment-announcer'
import type { CommentsHandle } from './use-comments'
import type { CommentsDrawer } from './use-comments-drawer'

/**
 * The drawer (its form, threads, filter: antd's Select and Drawer) is fetched when the device is idle
 * after the plan is on screen, or when it is first opened: a phone needs none of it to join and write.
 */
const CommentsPanel = lazyComponent(
  () => import('./comments-panel').then((module) => module.CommentsPanel),
  null,
)

interface PlanCommentsProps {
  comments: CommentsHandle
  plan: Plan
  steps: WorkspaceStep[]
  author: Comment['author']
  canResolve: boolean
  drawer: CommentsDrawer
}

/** The plan's comments button (with the count of open threads), its drawer, and the announcements. */
export function PlanComments({ comments, plan, steps, author, canResolve, drawer }: PlanCommentsProps) {
  const t = useMessages(commentsMessages)
  const [search] = useSearchParams()
  const openThreads = comments.threads.filter(isOpen).length
  // A refused comment is explained where comments are written: the drawer opens on the explanation.
  const latestRefusal = comments.refusals.at(-1)?.id ?? null
  const seenRefusal = useRef(latestRefusal)
  const { show } = drawer
  // Mounted from its first opening on, so that a closed drawer keeps a comment being written.
  const [opened, setOpened] = useState(drawer.open)
  if (drawer.open && !opened) setOpened(true)
  useEffect(() => afterPageSettles(() => void CommentsPanel.preload().catch(() => undefined)), [])
  useEffect(() => {
    if (latestRefusal !== null && latestRefusal !== seenRefusal.current) show()
    seenRefusal.current = latestRefusal
  }, [latestRefusal, show])
  return (
    <>
      <Button
        icon={<CommentOutlined aria-hidden />}
        onClick={() => drawer.show()}
        aria-haspopup="dialog"
        className="plan-comments-button"
      >
        {openThreads > 0 ? t('openWithCount', { count: openThreads }) : t('open')}
      </Button>
      {opened && (
        <CommentsPanel
          open={drawer.open}
          focus={drawer.focus}
          onUnfocus={drawer.unfocus}
          onClose={drawer.close}
          comments={comments}
          plan={plan}
          steps={steps}
          currentStep={stepFromSearch(search.get('step'), steps)}
          author={author}
          canResolve={canResolve}
        />
      )}
      <NewCommentAnnouncer threads={comments.threads} ownName={author.name} />
    </>
  )
}
