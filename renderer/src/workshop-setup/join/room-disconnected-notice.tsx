import { Alert } from 'antd'
import type { ReactNode } from 'react'
import type { LanStatus } from '../../../../shared/join/join-schema'
import { useMessages } from '../../i18n/use-messages'
import { joinTabMessages } from './join-tab-messages'

/**
 * "The room is disconnected": the session was open to the LAN when the hub last stopped, and the hub
 * could not open it again on that address. Shown wherever the facilitator looks (the console, the
 * Join tab) until the session is reopened or closed; nothing else would tell them the devices are out.
 */
export function RoomDisconnectedNotice({ status, action }: { status: LanStatus; action?: ReactNode }) {
  const t = useMessages(joinTabMessages)
  if (status.open || status.lostAddress === null) return null
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="room-disconnected"
      data-testid="room-disconnected"
      title={t('lan.lost.title')}
      description={
        <>
          <p className="room-disconnected-text">{t('lan.lost.text', { address: status.lostAddress })}</p>
          <p className="room-disconnected-text">{t('lan.lost.chooseOther')}</p>
        </>
      }
      action={action}
    />
  )
}
