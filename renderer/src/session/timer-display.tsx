import { useTranslation } from 'react-i18next'
import { formatTimer, isRunning, timerView, type SessionTimer } from '../../../shared/session/session-timer'
import { useHubNow } from './use-hub-clock'
import './session.css'

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
  const { t } = useTranslation()
  const now = useHubNow(isRunning(timer))
  const view = timerView(timer, now)
  const status =
    view.urgency === 'overrun'
      ? t('console.room.timer.overrun')
      : view.phase === 'ready'
        ? t('console.room.timer.ready')
        : view.phase === 'paused'
          ? t('console.room.timer.paused')
          : view.urgency === 'warning'
            ? t('console.room.timer.nearlyUp')
            : t('console.room.timer.running')
  return (
    <div
      className={`session-timer session-timer-${size}`}
      data-urgency={view.urgency}
      data-phase={view.phase}
      role="timer"
      aria-label={t('console.room.timer.label')}
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
