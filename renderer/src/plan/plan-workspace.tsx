import { Alert, Skeleton } from 'antd'
import { Link } from 'react-router'
import {
  commentsDocName,
  galleryCommentsDocName,
  galleryDocName,
  planDocName,
} from '../../../shared/live/doc-names'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { shownExercises } from '../../../shared/review/gallery-exercises'
import { PlanComments } from '../comments/plan-comments'
import { useComments, type CommentsHandle } from '../comments/use-comments'
import { OpenCommentCountsContext, openCommentCounts } from '../comments/open-comment-counts'
import { CommentMarkersContext, openItemCounts } from '../comments/comment-markers'
import { useCommentsDrawer, type CommentsDrawer } from '../comments/use-comments-drawer'
import { useMemo } from 'react'
import { RefusedWritesNotice } from '../live/refused-writes-notice'
import { useLiveDocument } from '../live/use-live-document'
import { usePresentUsers } from '../live/use-present-users'
import { ReviewLinks } from '../review/review-links'
import { CountyReviewEntry } from '../follow-up/county-review-entry'
import { reviewMessages } from '../review/review-messages'
import { useReviewRound } from '../review/use-review-round'
import { RoomStrip } from '../session/room-strip'
import { RunSessionContext, useOpenRunSession } from '../session/run-session'
import { PlanHeader } from './header/plan-header'
import { usePlanSteps } from './reference/use-plan-steps'
import { PlanSteps } from './steps/plan-steps'
import { VersionsButton } from '../versions/versions-button'
import { usePlan } from './steps/use-plan'
import type { PlanAccess, PlanCounty } from './use-plan-access'
import { useMessages } from '../i18n/use-messages'
import { planMessages } from './plan-messages'
import { bilingual } from '../workshop-setup/counties/county-name'
import { useLanguage } from '../i18n/use-language'
import type * as Y from 'yjs'
import type { Comment } from '../../../shared/comments/comment-schema'

type Granted = Extract<PlanAccess, { kind: 'group' | 'facilitator' | 'reviewer' }>

interface PlanWorkspaceProps {
  workshopId: string
  countyId: string
  access: Granted
  county: PlanCounty
  /**
   * A reviewer in a gallery walk open on these exercises only: it reads the hub's projection of the plan,
   * which holds nothing else, and is shown their steps. Null: the whole plan.
   */
  gallery?: readonly ExerciseKind[] | null
}

/** Who signs this device's comments: its member and county, or the facilitator. */
function commentAuthor(access: Granted, county: PlanCounty, countyId: string): Comment['author'] {
  const name = access.user.name
  if (access.kind === 'facilitator') return { name, countyId: null, countyName: '', countyNameEn: '' }
  if (access.kind === 'reviewer')
    return {
      name,
      countyId: access.own.countyId,
      countyName: access.own.countyName,
      countyNameEn: access.own.countyNameEn,
    }
  return { name, countyId, countyName: county.name, countyNameEn: county.nameEn }
}

/** The comments of this plan, for the header; the plan is read for the items comments point at. */
function CommentsControl({
  planDoc,
  comments,
  workshopId,
  countyId,
  access,
  county,
  drawer,
  shown,
}: PlanWorkspaceProps & {
  planDoc: Y.Doc
  comments: CommentsHandle
  drawer: CommentsDrawer
  shown: readonly ExerciseKind[] | null
}) {
  const plan = usePlan(planDoc)
  const steps = usePlanSteps(workshopId, access.token, shown)
  return (
    <PlanComments
      comments={comments}
      plan={plan}
      steps={steps}
      author={commentAuthor(access, county, countyId)}
      canResolve={access.kind !== 'reviewer'}
      drawer={drawer}
    />
  )
}

/**
 * The plan's live document and what edits it. Steps receive the document and decide nothing about
 * connections; exercises extend the plan by adding steps in steps/plan-steps.tsx. A reviewer (another
 * county during a review round) reads it only, keeps no copy on the device, and comments.
 */
export function PlanWorkspace({ workshopId, countyId, access, county, gallery = null }: PlanWorkspaceProps) {
  const t = useMessages(planMessages)
  const review = useMessages(reviewMessages)
  const language = useLanguage()
  const facilitator = access.kind === 'facilitator'
  const reviewer = access.kind === 'reviewer'
  const projected = reviewer && gallery !== null
  const shown = useMemo(() => (projected ? shownExercises(gallery) : null), [projected, gallery])
  const { live, ready, status, refusals } = useLiveDocument(
    projected ? galleryDocName(workshopId, countyId, gallery) : planDocName(workshopId, countyId),
    access.token,
    access.user,
    facilitator,
    !reviewer,
  )
  const provider = ready ? (live?.provider ?? null) : null
  const users = usePresentUsers(provider)
  // A refused device keeps showing what it has, but stops accepting edits that could not be saved.
  const editable = status.kind !== 'refused' && !reviewer
  // The facilitator's broadcast: timer, message, locks and "bring everyone here" for the steps below.
  const runSession = useOpenRunSession(workshopId, access.token, access.user, facilitator)
  const round = useReviewRound(runSession.doc)
  const comments = useComments(
    projected ? galleryCommentsDocName(workshopId, countyId, gallery) : commentsDocName(workshopId, countyId),
    access.token,
    access.user,
    facilitator,
  )
  const commentCounts = useMemo(() => openCommentCounts(comments.threads), [comments.threads])
  const drawer = useCommentsDrawer()
  const markers = useMemo(
    () => ({ openCount: openItemCounts(comments.threads), show: drawer.show }),
    [comments.threads, drawer.show],
  )
  const ownPlan =
    access.kind === 'reviewer'
      ? `/plan/${encodeURIComponent(workshopId)}/${encodeURIComponent(access.own.countyId)}`
      : null

  return (
    <RunSessionContext.Provider value={runSession}>
      <OpenCommentCountsContext.Provider value={commentCounts}>
        <CommentMarkersContext.Provider value={markers}>
          <div className="plan-page">
            <PlanHeader
              county={county}
              status={status}
              users={users}
              backTo={facilitator ? `/workshops/${encodeURIComponent(workshopId)}/join` : undefined}
              readOnly={reviewer}
            >
              {runSession.run && <RoomStrip run={runSession.run} />}
              {live && (
                <div className="plan-header-tools">
                  <CommentsControl
                    planDoc={live.doc}
                    comments={comments}
                    workshopId={workshopId}
                    countyId={countyId}
                    access={access}
                    county={county}
                    drawer={drawer}
                    shown={shown}
                  />
                  {ownPlan && <Link to={ownPlan}>{review('backToOwn')}</Link>}
                </div>
              )}
            </PlanHeader>
            {facilitator && (
              <Alert
                type="info"
                title={t('asFacilitator')}
                className="plan-note"
                action={<VersionsButton plan={{ workshopId, countyId }} county={county} />}
              />
            )}
            {reviewer && status.kind !== 'refused' && (
              <Alert
                type="info"
                showIcon
                className="plan-note"
                title={review('reading', { county: bilingual(county.name, county.nameEn, language).primary })}
                description={
                  projected
                    ? review('galleryOnly', {
                        exercises: gallery
                          .map((exercise) => exerciseTitle(exercise, language))
                          .join(review('listSeparator')),
                      })
                    : undefined
                }
              />
            )}
            {access.kind === 'group' && (
              <>
                <ReviewLinks workshopId={workshopId} countyId={countyId} round={round} />
                <CountyReviewEntry workshopId={workshopId} countyId={countyId} token={access.token} />
              </>
            )}
            {status.kind === 'refused' && (
              <Alert
                type={reviewer ? 'info' : 'error'}
                showIcon
                role="alert"
                className="plan-note"
                title={reviewer ? review('ended.title') : t('ended.title')}
                description={
                  reviewer ? (
                    <p style={{ margin: 0 }}>{review('ended.text')}</p>
                  ) : (
                    <>
                      <p style={{ margin: '0 0 8px' }}>{t('ended.text')}</p>
                      {!facilitator && <Link to="/join">{t('ended.rejoin')}</Link>}
                    </>
                  )
                }
              />
            )}
            {live && <RefusedWritesNotice refusals={refusals} onDismiss={(id) => live.dismissRefusal(id)} />}
            {reviewer && status.kind === 'refused' ? null : live && provider ? (
              <PlanSteps
                workshopId={workshopId}
                countyId={countyId}
                token={access.token}
                facilitator={facilitator}
                doc={live.doc}
                provider={provider}
                user={access.user}
                editable={editable}
                shown={shown}
              />
            ) : (
              <Skeleton active aria-label={t('loading')} />
            )}
          </div>
        </CommentMarkersContext.Provider>
      </OpenCommentCountsContext.Provider>
    </RunSessionContext.Provider>
  )
}
