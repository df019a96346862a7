import { ArrowLeftOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { Button, Skeleton, Tabs, Typography } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { Agenda } from '../../../shared/agenda/agenda-schema'
import type { County } from '../../../shared/county/county-schema'
import { planDocName } from '../../../shared/live/doc-names'
import { readPlan } from '../../../shared/live/plan-doc'
import type { PovertyLine } from '../../../shared/poverty-line/poverty-line-schema'
import { runOrder } from '../../../shared/session/agenda-run'
import { progressKinds } from '../../../shared/session/county-progress'
import type { Workshop } from '../../../shared/workshop/workshop-schema'
import { SaveStatusIndicator } from '../live/save-status-indicator'
import { useSessionDocument } from '../live/use-session-document'
import { colorForName } from '../live/user-color'
import { useRunState } from '../session/run-session'
import { useWatchedDocs } from '../session/use-watched-docs'
import { RoomDisconnectedNotice } from '../workshop-setup/join/room-disconnected-notice'
import { useLanStatus, usePresence } from '../workshop-setup/join/use-join-setup'
import '../workshop-setup/join/join-tab.css'
import { AgendaOutline } from './agenda-outline'
import { ConsoleJoinPanel } from './console-join-panel'
import { ConsoleReviewRound } from '../review/console-review-round'
import { ConsoleDotVote } from './console-dot-vote'
import { CurrentItemPanel } from './current-item-panel'
import { MessagePanel } from './message-panel'
import { ProgressGrid } from './progress-grid'
import { ProjectorPanel } from './projector-panel'
import { ShortcutHelp } from './shortcut-help'
import { useConsoleActions } from './use-console-actions'
import { usePlanEdits } from './use-plan-edits'
import { useRunShortcuts } from './use-run-shortcuts'
import { useTimerChime } from './use-timer-chime'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'
import { joinTabMessages } from '../workshop-setup/join/join-tab-messages'
import { liveMessages } from '../live/live-messages'
import { workshopTitle } from '../../../shared/workshop/workshop-texts'
import { useLanguage } from '../i18n/use-language'

interface ConsoleWorkspaceProps {
  workshop: Workshop
  agenda: Agenda
  counties: County[]
  povertyLines: PovertyLine[]
  token: string
}

const CHIME_STORAGE_KEY = 'plan-workshop.console.chime'

function storedChime(): boolean {
  try {
    return window.localStorage.getItem(CHIME_STORAGE_KEY) !== 'off'
  } catch {
    return true
  }
}

/** Run mode once everything has loaded: the agenda, the current item, the projector, the message and the grid. */
export function ConsoleWorkspace({ workshop, agenda, counties, povertyLines, token }: ConsoleWorkspaceProps) {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  const tJoinTab = useMessages(joinTabMessages)
  const tLive = useMessages(liveMessages)
  const name = workshop.facilitator.trim() || tLive('facilitatorName')
  const user = useMemo(() => ({ name, color: colorForName(name) }), [name])
  const { doc, status, session } = useSessionDocument(workshop.id, token, user, true)
  const run = useRunState(doc)
  const order = useMemo(() => runOrder(agenda), [agenda])
  const kinds = useMemo(() => progressKinds(order), [order])
  const actions = useConsoleActions(doc, run, order, counties)
  const presence = usePresence(workshop.id)
  const lan = useLanStatus()
  const planNames = useMemo(
    () => Object.fromEntries(counties.map((county) => [county.id, planDocName(workshop.id, county.id)])),
    [counties, workshop.id],
  )
  const plans = useWatchedDocs(planNames, token, readPlan)
  const planEdits = usePlanEdits(workshop.id)
  const [helpOpen, setHelpOpen] = useState(false)
  const [tab, setTab] = useState('progress')
  const [chime, setChime] = useState(storedChime)
  const messageInput = useRef<TextAreaRef>(null)
  const tabsRef = useRef<HTMLDivElement>(null)
  const goToJoin = () => {
    setTab('join')
    tabsRef.current?.scrollIntoView({ block: 'start' })
  }
  useTimerChime(run?.timer ?? null, chime)

  useRunShortcuts(
    {
      toggleTimer: actions.toggleTimer,
      next: actions.next,
      previous: actions.previous,
      addMinute: () => actions.adjustTimer(1),
      removeMinute: () => actions.adjustTimer(-1),
      spotlight: actions.toggleSpotlight,
      lock: actions.toggleLockAll,
      gallery: () => actions.setMode('gallery'),
      joinCodes: () => actions.setMode('join'),
      exerciseView: () => actions.setMode('exercise'),
      message: () => messageInput.current?.focus(),
      help: () => setHelpOpen(true),
    },
    run !== null && !helpOpen,
  )

  const changeChime = (enabled: boolean) => {
    setChime(enabled)
    try {
      window.localStorage.setItem(CHIME_STORAGE_KEY, enabled ? 'on' : 'off')
    } catch {
      // Not remembered for next time; the choice still holds now.
    }
  }

  return (
    <div className="console">
      <Link to={`/workshops/${encodeURIComponent(workshop.id)}/agenda`}>
        <ArrowLeftOutlined aria-hidden /> {t('backToSetup')}
      </Link>
      <div className="console-title-row">
        <div>
          <Typography.Title level={1} className="console-title">
            {t('heading')}
          </Typography.Title>
          <Typography.Text type="secondary">{workshopTitle(workshop, language)}</Typography.Text>
        </div>
        <div className="console-title-tools">
          <SaveStatusIndicator status={status} />
          <Button
            icon={<QuestionCircleOutlined aria-hidden />}
            onClick={() => setHelpOpen(true)}
            aria-keyshortcuts="?"
          >
            {t('shortcuts.open')}
          </Button>
        </div>
      </div>
      {lan.data && (
        <RoomDisconnectedNotice
          status={lan.data}
          action={<Button onClick={goToJoin}>{tJoinTab('lan.lost.goToJoin')}</Button>}
        />
      )}
      {!run ? (
        <Skeleton active aria-label={t('loadingSession')} />
      ) : (
        <div className="console-layout">
          <div className="console-main">
            <CurrentItemPanel
              run={run}
              order={order}
              actions={actions}
              chime={chime}
              onChimeChange={changeChime}
              exerciseTools={
                run.currentKind === 'dot-vote' && doc && session ? (
                  <ConsoleDotVote workshopId={workshop.id} sessionDoc={doc} session={session} />
                ) : (run.currentKind === 'peer-review' || run.currentKind === 'gallery-walk') && doc ? (
                  <ConsoleReviewRound
                    workshopId={workshop.id}
                    sessionDoc={doc}
                    counties={counties}
                    currentItemId={run.currentItemId}
                    defaultKind={run.currentKind === 'gallery-walk' ? 'gallery' : 'pairs'}
                    token={token}
                  />
                ) : null
              }
            />
            <div className="console-pair">
              <ProjectorPanel
                workshopId={workshop.id}
                run={run}
                counties={counties}
                lan={lan.data}
                actions={actions}
              />
              <MessagePanel message={run.message} actions={actions} inputRef={messageInput} />
            </div>
          </div>
          <AgendaOutline
            workshopId={workshop.id}
            agenda={agenda}
            currentItemId={run.currentItemId}
            onGo={actions.goTo}
          />
        </div>
      )}
      {run && (
        <div ref={tabsRef}>
          <Tabs
            className="console-card console-tabs"
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'progress',
                label: t('progress.tab'),
                children: (
                  <ProgressGrid
                    counties={counties}
                    plans={plans}
                    recordedEdits={planEdits.data?.lastEditAt ?? {}}
                    presence={presence.data?.counties ?? {}}
                    kinds={kinds}
                    povertyLines={povertyLines}
                    run={run}
                    actions={actions}
                  />
                ),
              },
              {
                key: 'join',
                label: t('join.tab'),
                children: <ConsoleJoinPanel workshopId={workshop.id} actions={actions} />,
              },
            ]}
          />
        </div>
      )}
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
