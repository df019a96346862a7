import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'

/** A failed load: why, in the current language, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <Result
      status="warning"
      title={t('app.loadFailed')}
      subTitle={errorSentence(error, language)}
      extra={<Button onClick={onRetry}>{t('app.retry')}</Button>}
    />
  )
}
