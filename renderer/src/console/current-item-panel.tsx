import { ArrowLeftOutlined, ArrowRightOutlined, LockOutlined, TeamOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Switch, Typography } from 'antd'
import { useId, type ReactNode } from 'react'
import { findRunItem, nextRunItem, previousRunItem, type RunItem } from '../../../shared/session/agenda-run'
import { lockedForAll } from '../../../shared/session/exercise-lock'
import type { RunState } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { WORKSPACE_STEPS } from '../plan/steps/workspace-steps'
import { exerciseTitle } from '../session/exercise-title'
import { TimerDisplay } from '../session/timer-display'
import { TimerControls } from './timer-controls'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

interface CurrentItemPanelProps {
  run: RunState
  order: readonly RunItem[]
  actions: ConsoleActions
  chime: boolean
  onChimeChange: (enabled: boolean) => void
  /** Controls of the current exercise's own (the dot vote's reveal and reset), below its lock. */
  exerciseTools?: ReactNode
}

/** The item the room is on: its timer and controls, next and previous, and its lock and "bring everyone here". */
export function CurrentItemPanel({
  run,
  order,
  actions,
  chime,
  onChimeChange,
  exerciseTools,
}: CurrentItemPanelProps) {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  const current = findRunItem(order, run.currentItemId)
  const previous = previousRunItem(order, run.currentItemId)
  const next = nextRunItem(order, run.currentItemId)
  const titleOf = (entry: RunItem) => exerciseTitle(entry.item.kind, entry.item.title, language)
  const timer = run.timer && current && run.timer.itemId === current.item.id ? run.timer : null
  const kind = current?.item.kind ?? null
  const isStep = kind !== null && (WORKSPACE_STEPS as readonly string[]).includes(kind)
  // Named by its text through an id as well as by the wrapping label: not every screen reader and
  // checker takes a wrapping label as the name of a button (an antd Switch is one).
  const lockAllLabelId = useId()

  return (
    <section className="console-card console-current" aria-labelledby="console-current-heading">
      <h2 id="console-current-heading" className="console-card-heading">
        {t('current.heading')}
      </h2>
      {!current ? (
        <Flex vertical gap={12} align="flex-start">
          <Typography.Text>{run.currentItemId ? t('current.deleted') : t('current.none')}</Typography.Text>
          {next && (
            <Button type="primary" size="large" onClick={actions.next}>
              {t('current.start')}
            </Button>
          )}
        </Flex>
      ) : (
        <>
          <p className="console-current-meta">
            {t('current.meta', {
              day: current.dayIndex + 1,
              time: current.session.startTime,
              minutes: current.item.plannedMinutes,
            })}
          </p>
          <p className="console-current-title" data-testid="console-current-title">
            {titleOf(current)}
          </p>
          {timer && (
            <div className="console-timer">
              <TimerDisplay timer={timer} size="large" />
              <TimerControls timer={timer} actions={actions} />
            </div>
          )}
          <Flex wrap gap={8} className="console-current-options">
            <Checkbox checked={chime} onChange={(event) => onChimeChange(event.target.checked)}>
              {t('timer.chime')}
            </Checkbox>
            <Checkbox
              checked={run.lockAtZero}
              onChange={(event) => actions.setLockAtZero(event.target.checked)}
            >
              {t('timer.lockAtZero')}
            </Checkbox>
          </Flex>
          {isStep && kind && (
            <Flex wrap gap={16} align="center" className="console-current-exercise">
              <label className="console-switch-label">
                <Switch
                  aria-labelledby={lockAllLabelId}
                  checked={lockedForAll(run, kind)}
                  onChange={actions.toggleLockAll}
                  checkedChildren={<LockOutlined aria-hidden />}
                  aria-keyshortcuts="L"
                  data-testid="lock-all"
                />
                <span id={lockAllLabelId}>{t('exercise.lockAll')}</span>
              </label>
              <Button icon={<TeamOutlined aria-hidden />} onClick={actions.summon}>
                {t('exercise.summon')}
              </Button>
            </Flex>
          )}
          {exerciseTools}
        </>
      )}
      <Flex wrap gap={8} justify="space-between" className="console-current-nav">
        <Button
          icon={<ArrowLeftOutlined aria-hidden />}
          disabled={!previous}
          onClick={actions.previous}
          aria-keyshortcuts="ArrowLeft"
        >
          {previous ? t('current.previousNamed', { title: titleOf(previous) }) : t('current.previous')}
        </Button>
        {current && !next ? (
          <Typography.Text type="secondary">{t('current.last')}</Typography.Text>
        ) : (
          <Button disabled={!next} onClick={actions.next} aria-keyshortcuts="ArrowRight">
            {next ? t('current.nextNamed', { title: titleOf(next) }) : t('current.next')}
            <ArrowRightOutlined aria-hidden />
          </Button>
        )}
      </Flex>
    </section>
  )
}
