import { Button, Result } from 'antd'
import { useNavigate, useParams } from 'react-router'
import { HubError } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { NoDataYet } from '../components/no-data-yet'
import { ConsoleWorkspace } from './console-workspace'
import { useConsoleData } from './use-console-data'
import './console.css'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'
import { setupMessages } from '../workshop-setup/setup-messages'
import { workshopTitle } from '../../../shared/workshop/workshop-texts'
import { useLanguage } from '../i18n/use-language'

/** `/console/:workshopId`: the facilitator runs the class from here (run mode). */
export function ConsolePage() {
  const t = useMessages(consoleMessages)
  const tSetup = useMessages(setupMessages)
  const navigate = useNavigate()
  const { workshopId = '' } = useParams()
  const language = useLanguage()
  const { facilitatorToken, workshop, agenda, counties, povertyLines } = useConsoleData(workshopId)
  useDocumentTitle(workshop.data ? t('pageTitle', { title: workshopTitle(workshop.data, language) }) : null)

  const notFound = [workshop.error, agenda.error].some(
    (error) => error instanceof HubError && error.status === 404,
  )
  if (notFound) {
    return (
      <Result
        status="404"
        title={<h1 className="console-result-title">{tSetup('notFound.title')}</h1>}
        subTitle={tSetup('notFound.text')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {tSetup('back')}
          </Button>
        }
      />
    )
  }
  if (facilitatorToken.error instanceof HubError && facilitatorToken.error.status === 403) {
    return (
      <Result
        status="403"
        title={<h1 className="console-result-title">{t('notHere.title')}</h1>}
        subTitle={t('notHere.text')}
      />
    )
  }
  for (const query of [facilitatorToken, workshop, agenda, counties, povertyLines]) {
    if (query.data === undefined) return <NoDataYet query={query} />
  }
  return (
    <ConsoleWorkspace
      workshop={workshop.data!}
      agenda={agenda.data!}
      counties={counties.data!}
      povertyLines={povertyLines.data!}
      token={facilitatorToken.data!.token}
    />
  )
}
