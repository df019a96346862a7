import { LockOutlined } from '@ant-design/icons'
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LockReason } from '../../../shared/session/exercise-lock'

interface LockBannerProps {
  reason: LockReason
  /** The facilitator still edits a locked exercise; the banner tells them the groups cannot. */
  facilitator: boolean
}

/** Says why this exercise cannot be edited right now, above its editor. */
export function LockBanner({ reason, facilitator }: LockBannerProps) {
  const { t } = useTranslation()
  const text = facilitator
    ? {
        'locked-all': t('console.room.lock.facilitatorLockedAll'),
        'locked-group': t('console.room.lock.facilitatorLockedGroup'),
        'time-up': t('console.room.lock.facilitatorTimeUp'),
      }[reason]
    : {
        'locked-all': t('console.room.lock.lockedAll'),
        'locked-group': t('console.room.lock.lockedGroup'),
        'time-up': t('console.room.lock.timeUp'),
      }[reason]
  return (
    <Alert
      type={facilitator ? 'info' : 'warning'}
      showIcon
      icon={<LockOutlined aria-hidden />}
      className="lock-banner"
      data-testid="lock-banner"
      role="status"
      title={facilitator ? t('console.room.lock.facilitatorTitle') : t('console.room.lock.title')}
      description={text}
    />
  )
}
