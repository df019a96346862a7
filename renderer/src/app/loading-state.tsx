import { Spin } from 'antd'
import { useTranslation } from 'react-i18next'

/**
 * What stands in for a screen or step while its code arrives over the venue Wi-Fi: one line in the
 * reader's language, with room kept so the page below does not jump when the screen appears.
 */
export function LoadingState() {
  const { t } = useTranslation()
  return (
    <div className="loading-state" role="status" aria-live="polite">
      <Spin size="small" />
      <span>{t('app.loading')}</span>
    </div>
  )
}
