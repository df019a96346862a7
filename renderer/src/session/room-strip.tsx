import { NotificationOutlined } from '@ant-design/icons'
import { Link, useSearchParams } from 'react-router'
import type { RunState } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { stepFromSearch, WORKSPACE_STEPS } from '../plan/steps/workspace-steps'
import { exerciseTitle } from './exercise-title'
import { TimerDisplay } from './timer-display'
import './session.css'
import { useMessages } from '../i18n/use-messages'
import { sessionMessages } from './session-messages'

/**
 * What the facilitator tells the whole room, on every group device under the plan's title: the current
 * exercise with its timer, and the broadcast message. Shows nothing before the class has started.
 */
export function RoomStrip({ run }: { run: RunState }) {
  const t = useMessages(sessionMessages)
  const language = useLanguage()
  const [search] = useSearchParams()
  const kind = run.currentKind
  const isStep = kind !== null && (WORKSPACE_STEPS as readonly string[]).includes(kind)
  const elsewhere = isStep && stepFromSearch(search.get('step')) !== kind
  const timer = run.timer !== null && run.timer.itemId === run.currentItemId ? run.timer : null

  return (
    <>
      {kind !== null && (
        <section className="room-strip" aria-label={t('label')} data-testid="room-strip">
          <div className="room-strip-exercise">
            <span className="room-strip-caption">{t('now')}</span>
            <span className="room-strip-title">{exerciseTitle(kind, run.currentTitle, language)}</span>
            {elsewhere && (
              <Link to={{ search: `?step=${kind}` }} className="room-strip-go">
                {t('goThere')}
              </Link>
            )}
          </div>
          {timer && <TimerDisplay timer={timer} size="compact" />}
        </section>
      )}
      <div role="status" className="room-message-region">
        {run.message.trim() !== '' && (
          <p className="room-message" data-testid="room-message">
            <NotificationOutlined aria-hidden />
            <span className="sr-only">{t('messageFrom')}</span>
            <span>{run.message}</span>
          </p>
        )}
      </div>
    </>
  )
}
