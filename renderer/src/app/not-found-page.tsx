import { Button } from 'antd'
import { LazyResult } from '../components/lazy-result'
import { useNavigate } from 'react-router'
import { useDocumentTitle } from './use-document-title'
import { useMessages } from '../i18n/use-messages'
import { appMessages } from './app-messages'

export function NotFoundPage() {
  const t = useMessages(appMessages)
  const navigate = useNavigate()
  useDocumentTitle(t('notFound.title'))
  return (
    <LazyResult
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  )
}
