import { PauseOutlined, CaretRightOutlined, UndoOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { isRunning, type SessionTimer } from '../../../shared/session/session-timer'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

/** Start / pause, a minute more or less, five more, and back to the planned length. */
export function TimerControls({ timer, actions }: { timer: SessionTimer; actions: ConsoleActions }) {
  const t = useMessages(consoleMessages)
  const running = isRunning(timer)
  const started = running || timer.remainingMs !== timer.durationMs
  return (
    <Flex wrap gap={8} role="group" aria-label={t('timer.controls')} className="console-timer-controls">
      <Button
        type="primary"
        size="large"
        icon={running ? <PauseOutlined aria-hidden /> : <CaretRightOutlined aria-hidden />}
        onClick={actions.toggleTimer}
        aria-keyshortcuts="Space"
        data-testid="timer-toggle"
      >
        {running ? t('timer.pause') : started ? t('timer.resume') : t('timer.start')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(-1)} aria-keyshortcuts="-">
        {t('timer.removeOne')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(1)} aria-keyshortcuts="+">
        {t('timer.addOne')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(5)}>
        {t('timer.addFive')}
      </Button>
      <Button size="large" icon={<UndoOutlined aria-hidden />} onClick={actions.resetTimer}>
        {t('timer.reset')}
      </Button>
    </Flex>
  )
}
