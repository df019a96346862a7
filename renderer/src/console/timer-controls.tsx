import { PauseOutlined, CaretRightOutlined, UndoOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { isRunning, type SessionTimer } from '../../../shared/session/session-timer'
import type { ConsoleActions } from './use-console-actions'

/** Start / pause, a minute more or less, five more, and back to the planned length. */
export function TimerControls({ timer, actions }: { timer: SessionTimer; actions: ConsoleActions }) {
  const { t } = useTranslation()
  const running = isRunning(timer)
  const started = running || timer.remainingMs !== timer.durationMs
  return (
    <Flex
      wrap
      gap={8}
      role="group"
      aria-label={t('console.timer.controls')}
      className="console-timer-controls"
    >
      <Button
        type="primary"
        size="large"
        icon={running ? <PauseOutlined aria-hidden /> : <CaretRightOutlined aria-hidden />}
        onClick={actions.toggleTimer}
        aria-keyshortcuts="Space"
        data-testid="timer-toggle"
      >
        {running ? t('console.timer.pause') : started ? t('console.timer.resume') : t('console.timer.start')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(-1)} aria-keyshortcuts="-">
        {t('console.timer.removeOne')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(1)} aria-keyshortcuts="+">
        {t('console.timer.addOne')}
      </Button>
      <Button size="large" onClick={() => actions.adjustTimer(5)}>
        {t('console.timer.addFive')}
      </Button>
      <Button size="large" icon={<UndoOutlined aria-hidden />} onClick={actions.resetTimer}>
        {t('console.timer.reset')}
      </Button>
    </Flex>
  )
}
