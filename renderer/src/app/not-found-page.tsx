import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useDocumentTitle } from './use-document-title'

export function NotFoundPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  useDocumentTitle(t('app.notFound.title'))
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('app.notFound.title')}</h1>}
      subTitle={t('app.notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('app.notFound.back')}
        </Button>
      }
    />
  )
}
