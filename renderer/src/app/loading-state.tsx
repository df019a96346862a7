import { Spin } from 'antd'
import { useMessages } from '../i18n/use-messages'
import { appMessages } from './app-messages'

/**
 * What stands in for a screen or step while its code arrives over the venue Wi-Fi: one line in the
 * reader's language, with room kept so the page below does not jump when the screen appears.
 */
export function LoadingState() {
  const t = useMessages(appMessages)
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <Spin size="small" />
      <span>{t('loading')}</span>
    </div>
  )
}
