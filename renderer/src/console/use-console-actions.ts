import { App } from 'antd'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { AgendaItem } from '../../../shared/agenda/agenda-schema'
import type { County } from '../../../shared/county/county-schema'
import { setBroadcastMessage } from '../../../shared/live/session-doc'
import { nextRunItem, previousRunItem, type RunItem } from '../../../shared/session/agenda-run'
import { lockedForAll } from '../../../shared/session/exercise-lock'
import {
  spotlightKindFor,
  type ProjectorMode,
  type SpotlightKind,
} from '../../../shared/session/projector-modes'
import {
  goToItem,
  setExerciseLocked,
  setLockAtZero,
  setProjectorMode,
  showFollowUpRound,
  setSpotlight,
  setSpotlightComments,
  setTimer,
  showSpotlight,
  summonTo,
} from '../../../shared/session/run-actions'
import type { RunState } from '../../../shared/session/run-state'
import { adjustTimer, resetTimer, toggleTimer } from '../../../shared/session/session-timer'
import { useLanguage } from '../i18n/use-language'
import { WORKSPACE_STEPS } from '../plan/steps/workspace-steps'
import { exerciseTitle } from '../session/exercise-title'
import { currentHubTime } from '../session/use-hub-clock'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

export interface ConsoleActions {
  goTo(item: AgendaItem | null): void
  next(): void
  previous(): void
  toggleTimer(): void
  adjustTimer(minutes: number): void
  resetTimer(): void
  toggleLockAll(): void
  setGroupLock(countyId: string, locked: boolean): void
  summon(): void
  setLockAtZero(enabled: boolean): void
  setMode(mode: ProjectorMode): void
  /** The projector to the spotlight, or back to the exercise when it is already there. */
  toggleSpotlight(): void
  spotlight(countyId: string, kind: SpotlightKind, show: boolean): void
  showSpotlightComments(shown: boolean): void
  setMessage(message: string): void
  /** A follow-up round on the projector (null: the latest). */
  showFollowUpRound(roundId: string | null): void
}

/**
 * Every change the console makes to the session document, for its buttons and its shortcuts alike.
 * Timer changes are stamped with the hub's time, so every device counts from the same instant.
 */
export function useConsoleActions(
  doc: Y.Doc | null,
  run: RunState | null,
  order: readonly RunItem[],
  counties: readonly County[],
): ConsoleActions {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  const { message } = App.useApp()

  return useMemo(() => {
    const currentTitle = () =>
      run?.currentKind ? exerciseTitle(run.currentKind, run.currentTitle, language) : ''
    const withTimer = (change: (now: number) => void) => {
      if (doc && run?.timer) change(currentHubTime())
    }
    const defaultSpotlight = () => ({
      countyId: run?.spotlight?.countyId ?? counties[0]?.id ?? '',
      kind: run?.spotlight?.kind ?? spotlightKindFor(run?.currentKind ?? null),
    })
    return {
      // Clicking the item the room is already on must not restart its running timer.
      goTo: (item) => doc && item?.id !== run?.currentItemId && goToItem(doc, item),
      next: () => {
        const next = nextRunItem(order, run?.currentItemId ?? null)
        if (doc && next) goToItem(doc, next.item)
      },
      previous: () => {
        const previous = previousRunItem(order, run?.currentItemId ?? null)
        if (doc && previous) goToItem(doc, previous.item)
      },
      toggleTimer: () => withTimer((now) => setTimer(doc!, toggleTimer(run!.timer!, now))),
      adjustTimer: (minutes) => withTimer((now) => setTimer(doc!, adjustTimer(run!.timer!, minutes, now))),
      resetTimer: () => withTimer(() => setTimer(doc!, resetTimer(run!.timer!))),
      toggleLockAll: () => {
        if (!doc || !run?.currentKind) return
        const locked = !lockedForAll(run, run.currentKind)
        setExerciseLocked(doc, run.currentKind, null, locked)
        void message.info(t(locked ? 'exercise.locked' : 'exercise.opened', { exercise: currentTitle() }))
      },
      setGroupLock: (countyId, locked) => {
        if (doc && run?.currentKind) setExerciseLocked(doc, run.currentKind, countyId, locked)
      },
      summon: () => {
        const kind = run?.currentKind
        if (!doc || !kind || !(WORKSPACE_STEPS as readonly string[]).includes(kind)) return
        // Unique per request, so devices follow each request once; not a secret.
        summonTo(doc, kind, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
        void message.success(t('exercise.summoned', { exercise: currentTitle() }))
      },
      setLockAtZero: (enabled) => doc && setLockAtZero(doc, enabled),
      setMode: (mode) => {
        if (!doc) return
        if (mode === 'spotlight' && !run?.spotlight && counties.length > 0)
          showSpotlight(doc, defaultSpotlight())
        else setProjectorMode(doc, mode)
      },
      toggleSpotlight: () => {
        if (!doc) return
        if (run?.projectorMode === 'spotlight') setProjectorMode(doc, 'exercise')
        else if (counties.length > 0) showSpotlight(doc, defaultSpotlight())
      },
      spotlight: (countyId, kind, show) => {
        if (!doc) return
        if (show) showSpotlight(doc, { countyId, kind })
        else setSpotlight(doc, { countyId, kind })
      },
      showSpotlightComments: (shown) => doc && setSpotlightComments(doc, shown),
      setMessage: (text) => doc && setBroadcastMessage(doc, text.trim()),
      showFollowUpRound: (roundId) => doc && showFollowUpRound(doc, roundId),
    }
  }, [doc, run, order, counties, language, message, t])
}
