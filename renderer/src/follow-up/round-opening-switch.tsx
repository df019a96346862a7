import { App, Space, Switch, Typography } from 'antd'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'
import { useOpenRound } from './use-follow-up'

/**
 * Whether the counties' own teams may enter this round in their workspace (devices joined with the
 * group's code): the hub refuses their writes while it is off.
 */
export function RoundOpeningSwitch({ round }: { round: FollowUpRound }) {
  const t = useMessages(followUpMessages)
  const { message } = App.useApp()
  const opening = useOpenRound(round.workshopId)
  const change = async (open: boolean) => {
    try {
      await opening.mutateAsync({ roundId: round.id, open })
    } catch (error) {
      void message.error((error as Error).message)
      return
    }
    void message.success(t(open ? 'opening.opened' : 'opening.closed', { name: round.name }))
  }
  return (
    <Space align="start" style={{ marginBottom: 12 }}>
      <Switch
        id="follow-up-round-opening"
        checked={round.openToCounties}
        loading={opening.isPending}
        onChange={(open) => void change(open)}
      />
      <div>
        <label htmlFor="follow-up-round-opening">
          <Typography.Text strong>{t('opening.label')}</Typography.Text>
        </label>
        <br />
        <Typography.Text type="secondary">
          {t(round.openToCounties ? 'opening.on' : 'opening.off')}
        </Typography.Text>
      </div>
    </Space>
  )
}
