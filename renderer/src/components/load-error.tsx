import { Button } from 'antd'
import { LazyResult } from './lazy-result'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from './common-messages'

/** A failed load: why, in the current language, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(commonMessages)
  const language = useLanguage()
  return (
    <LazyResult
      status="warning"
      title={t('loadFailed')}
      subTitle={errorSentence(error, language)}
      extra={<Button onClick={onRetry}>{t('retry')}</Button>}
    />
  )
}
