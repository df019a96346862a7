import { NotificationOutlined } from '@ant-design/icons'
import { useMemo } from 'react'
import { HubError } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { readThreads } from '../../../shared/comments/comments-doc'
import { commentsDocName, planDocName, sessionDocName } from '../../../shared/live/doc-names'
import { readPlan } from '../../../shared/live/plan-doc'
import { EMPTY_RUN_STATE, hasRunState, readRunState } from '../../../shared/session/run-state'
import { TimerDisplay } from '../session/timer-display'
import { useWatchedDocs } from '../session/use-watched-docs'
import { ExerciseView } from './exercise-view'
import { FollowUpView } from './follow-up-view'
import { GalleryView } from './gallery-view'
import { JoinView } from './join-view'
import { MessageView } from './message-view'
import { ProjectorNotice } from './projector-notice'
import { SpotlightView } from './spotlight-view'
import { useProjectorData } from './use-projector-data'
import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'
import { workshopTitle } from '../../../shared/workshop/workshop-texts'
import { useLanguage } from '../i18n/use-language'

const NO_DOCS: Record<string, string> = {}

const readRun = (doc: Parameters<typeof readRunState>[0]) => (hasRunState(doc) ? readRunState(doc) : null)

/** The projector once it has a credential: the session document decides what is shown. */
export function ProjectorScreen({ workshopId, token }: { workshopId: string; token: string }) {
  const t = useMessages(projectorMessages)
  const sessionNames = useMemo(() => ({ session: sessionDocName(workshopId) }), [workshopId])
  const session = useWatchedDocs(sessionNames, token, readRun).session
  const run = session?.value ?? null
  const mode = run?.projectorMode ?? 'exercise'
  const { workshop, counties, joinInfo } = useProjectorData(workshopId, token, mode === 'join')
  const planNames = useMemo(
    () =>
      Object.fromEntries(
        (counties.data ?? []).map((county) => [county.id, planDocName(workshopId, county.id)]),
      ),
    [counties.data, workshopId],
  )
  const plans = useWatchedDocs(planNames, token, readPlan)
  const commentsCounty =
    mode === 'spotlight' && run?.spotlightComments ? (run.spotlight?.countyId ?? null) : null
  const commentNames = useMemo(
    () => (commentsCounty ? { [commentsCounty]: commentsDocName(workshopId, commentsCounty) } : NO_DOCS),
    [commentsCounty, workshopId],
  )
  const comments = useWatchedDocs(commentNames, token, readThreads)
  const language = useLanguage()
  const title = workshop.data ? workshopTitle(workshop.data, language) : ''
  useDocumentTitle(title ? t('pageTitle', { title }) : null)

  const refused =
    session?.refused === true ||
    [workshop.error, counties.error].some(
      (error) => error instanceof HubError && (error.status === 401 || error.status === 403),
    )
  if (refused) return <ProjectorNotice kind="refused" />

  const state = run ?? EMPTY_RUN_STATE
  const timer = state.timer !== null && state.timer.itemId === state.currentItemId ? state.timer : null
  const ready = run !== null && counties.data !== undefined
  return (
    <div className="projector" data-mode={mode}>
      <header className="projector-bar">
        <span className="projector-workshop">{title}</span>
        {mode !== 'exercise' && timer && <TimerDisplay timer={timer} size="compact" />}
      </header>
      <main className="projector-main">
        {!ready ? (
          <div className="projector-welcome">
            <h1>{title || t('loading')}</h1>
            <p>{t('loading')}</p>
          </div>
        ) : mode === 'spotlight' ? (
          <SpotlightView
            spotlight={state.spotlight}
            counties={counties.data ?? []}
            plans={plans}
            comments={
              commentsCounty === null
                ? undefined
                : comments[commentsCounty]?.synced
                  ? comments[commentsCounty].value
                  : null
            }
          />
        ) : mode === 'gallery' ? (
          <GalleryView counties={counties.data ?? []} plans={plans} />
        ) : mode === 'follow-up' ? (
          <FollowUpView
            workshopId={workshopId}
            token={token}
            counties={counties.data ?? []}
            chosenRoundId={state.followUpRoundId}
          />
        ) : mode === 'join' ? (
          <JoinView info={joinInfo.data} />
        ) : mode === 'message' ? (
          <MessageView message={state.message} workshopTitle={title} />
        ) : (
          <ExerciseView run={state} workshopTitle={title} />
        )}
      </main>
      <div role="status" className="projector-footer">
        {state.message.trim() !== '' && mode !== 'message' && (
          <p className="projector-message" data-testid="projector-message-banner">
            <NotificationOutlined aria-hidden />
            <span className="sr-only">{t('message.label')}</span>
            <span>{state.message}</span>
          </p>
        )}
        {session !== undefined && !session.synced && run !== null && (
          <p className="projector-reconnecting">{t('reconnecting')}</p>
        )}
      </div>
    </div>
  )
}
