import { formatTimer, isRunning, timerView, type SessionTimer } from '../../../shared/session/session-timer'
import { useHubNow } from './use-hub-clock'
import './session.css'
import { useMessages } from '../i18n/use-messages'
import { sessionMessages } from './session-messages'

interface TimerDisplayProps {
  timer: SessionTimer
  /** compact: the plan's header; large: the console; huge: the projector. */
  size: 'compact' | 'large' | 'huge'
}

/**
 * The room's countdown as every device draws it: the same record and the hub's clock give the same
 * second everywhere. Near the end it turns amber, past zero red with the overrun counting up. A
 * `timer` role is not announced on every tick; the status word next to it says what state it is in.
 */
export function TimerDisplay({ timer, size }: TimerDisplayProps) {
  const t = useMessages(sessionMessages)
  const now = useHubNow(isRunning(timer))
  const view = timerView(timer, now)
  const status =
    view.urgency === 'overrun'
      ? t('timer.overrun')
      : view.phase === 'ready'
        ? t('timer.ready')
        : view.phase === 'paused'
          ? t('timer.paused')
          : view.urgency === 'warning'
            ? t('timer.nearlyUp')
            : t('timer.running')
  return (
    <div
      className={`session-timer session-timer-${size}`}
      data-urgency={view.urgency}
      data-phase={view.phase}
      role="timer"
      aria-label={t('timer.label')}
    >
      <span className="session-timer-clock" data-testid="session-timer">
        {formatTimer(view)}
      </span>
      <span className="session-timer-status" data-testid="session-timer-status">
        {status}
      </span>
    </div>
  )
}
