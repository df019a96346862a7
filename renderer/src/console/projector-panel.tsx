import { DesktopOutlined, ExpandOutlined } from '@ant-design/icons'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { App, Button, Flex, Segmented, Select, Typography } from 'antd'
import { useState } from 'react'
import type { County } from '../../../shared/county/county-schema'
import type { LanStatus } from '../../../shared/join/join-schema'
import { PROJECTOR_MODES, type ProjectorMode } from '../../../shared/session/projector-modes'
import { projectorPath } from '../../../shared/session/projector-link'
import type { RunState } from '../../../shared/session/run-state'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { FollowUpRoundPicker } from './follow-up-round-picker'
import { fetchProjectorToken, openProjectorView } from './projector-launcher'
import { SpotlightPicker } from './spotlight-picker'
import type { ConsoleActions } from './use-console-actions'
import { useDisplays } from './use-displays'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from '../components/common-messages'
import { consoleMessages } from './console-messages'

interface ProjectorPanelProps {
  workshopId: string
  run: RunState
  counties: readonly County[]
  lan: LanStatus | undefined
  actions: ConsoleActions
}

/** What the projector shows, which county is in the spotlight, and the projector window itself. */
export function ProjectorPanel({ workshopId, run, counties, lan, actions }: ProjectorPanelProps) {
  const t = useMessages(consoleMessages)
  const tCommon = useMessages(commonMessages)
  const language = useLanguage()
  const { message, modal } = App.useApp()
  const queryClient = useQueryClient()
  const displays = useDisplays()
  const [displayId, setDisplayId] = useState<number | null>(null)
  const tokenKey = ['projector-token', workshopId]
  const token = useQuery({
    queryKey: tokenKey,
    queryFn: () => fetchProjectorToken(workshopId),
    staleTime: Infinity,
  })
  const renew = useMutation({
    mutationFn: () => fetchProjectorToken(workshopId, true),
    onSuccess: (fresh) => {
      queryClient.setQueryData(tokenKey, fresh)
      void message.success(t('projector.renewed'))
    },
    onError: (error) => void message.error(errorSentence(error, language)),
  })

  const open = async () => {
    if (!token.data) return
    try {
      const outcome = await openProjectorView(workshopId, token.data.token, displayId)
      if (outcome === 'blocked') void message.warning(t('projector.popupBlocked'))
      else void message.success(t('projector.opened'))
    } catch (error) {
      void message.error(errorSentence(error, language))
    }
  }
  const confirmRenew = () =>
    modal.confirm({
      title: t('projector.renewConfirm.title'),
      content: t('projector.renewConfirm.content'),
      okText: t('projector.renewConfirm.ok'),
      cancelText: tCommon('cancel'),
      autoFocusButton: 'cancel',
      onOk: () => renew.mutate(),
    })
  const path = token.data ? projectorPath(workshopId, token.data.token) : null
  const origin = lan?.open && lan.url ? lan.url : window.location.origin

  return (
    <section className="console-card console-projector" aria-labelledby="console-projector-heading">
      <h2 id="console-projector-heading" className="console-card-heading">
        {t('projector.heading')}
      </h2>
      <Flex vertical gap={12}>
        <div>
          <div className="console-field-label" id="projector-mode-label">
            {t('projector.mode')}
          </div>
          <Segmented<ProjectorMode>
            aria-labelledby="projector-mode-label"
            value={run.projectorMode}
            onChange={actions.setMode}
            options={PROJECTOR_MODES.map((mode) => ({
              value: mode,
              label: t(`projector.modes.${mode}`),
            }))}
            className="console-projector-modes"
          />
        </div>
        <SpotlightPicker run={run} counties={counties} actions={actions} />
        <FollowUpRoundPicker workshopId={workshopId} run={run} actions={actions} />
        <Flex wrap gap={8} align="center">
          {displays.data && displays.data.length > 1 && (
            <Select<number>
              aria-label={t('projector.display')}
              placeholder={t('projector.display')}
              value={displayId ?? undefined}
              onChange={setDisplayId}
              style={{ minWidth: 240 }}
              options={displays.data.map((display) => ({
                value: display.id,
                label: display.primary
                  ? t('projector.displayPrimary', { width: display.width, height: display.height })
                  : t('projector.displayExternal', {
                      label: display.label || t('projector.displayUnnamed'),
                      width: display.width,
                      height: display.height,
                    }),
              }))}
            />
          )}
          <Button icon={<DesktopOutlined aria-hidden />} onClick={() => void open()} disabled={!token.data}>
            {t('projector.open')}
          </Button>
          {window.native && (
            <Button
              icon={<ExpandOutlined aria-hidden />}
              onClick={() => void window.native?.toggleProjectorFullscreen()}
            >
              {t('projector.fullscreen')}
            </Button>
          )}
        </Flex>
        {path && (
          <div>
            <div className="console-field-label">{t('projector.link')}</div>
            <Typography.Text copyable className="console-projector-link" data-testid="projector-link">
              {`${origin}${path}`}
            </Typography.Text>
            <div>
              <Button
                type="link"
                size="small"
                onClick={confirmRenew}
                loading={renew.isPending}
                style={{ padding: 0 }}
              >
                {t('projector.renew')}
              </Button>
            </div>
          </div>
        )}
      </Flex>
    </section>
  )
}
