import { LockOutlined } from '@ant-design/icons'
import { Alert } from 'antd'
import type { LockReason } from '../../../shared/session/exercise-lock'
import { useMessages } from '../i18n/use-messages'
import { sessionMessages } from './session-messages'

interface LockBannerProps {
  reason: LockReason
  /** The facilitator still edits a locked exercise; the banner tells them the groups cannot. */
  facilitator: boolean
}

/** Says why this exercise cannot be edited right now, above its editor. */
export function LockBanner({ reason, facilitator }: LockBannerProps) {
  const t = useMessages(sessionMessages)
  const text = facilitator
    ? {
        'locked-all': t('lock.facilitatorLockedAll'),
        'locked-group': t('lock.facilitatorLockedGroup'),
        'time-up': t('lock.facilitatorTimeUp'),
      }[reason]
    : {
        'locked-all': t('lock.lockedAll'),
        'locked-group': t('lock.lockedGroup'),
        'time-up': t('lock.timeUp'),
      }[reason]
  return (
    <Alert
      type={facilitator ? 'info' : 'warning'}
      showIcon
      icon={<LockOutlined aria-hidden />}
      className="lock-banner"
      data-testid="lock-banner"
      role="status"
      title={facilitator ? t('lock.facilitatorTitle') : t('lock.title')}
      description={text}
    />
  )
}
