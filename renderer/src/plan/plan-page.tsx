import { Button, Skeleton } from 'antd'
import { LazyResult } from '../components/lazy-result'
import { useNavigate, useParams } from 'react-router'
import { useDocumentTitle } from '../app/use-document-title'
import { LoadError } from '../components/load-error'
import { useLanguage } from '../i18n/use-language'
import { bilingual } from '../workshop-setup/counties/county-name'
import { NoAccess } from './no-access'
import { PlanWorkspace } from './plan-workspace'
import { ReviewedPlan } from '../review/reviewed-plan'
import { usePlanAccess } from './use-plan-access'
import './plan.css'
import { useMessages } from '../i18n/use-messages'
import { planMessages } from './plan-messages'

/** `/plan/:workshopId/:countyId`: one county's live plan, for its group's devices and the facilitator. */
export function PlanPage() {
  const t = useMessages(planMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const { workshopId = '', countyId = '' } = useParams()
  const access = usePlanAccess(workshopId, countyId)
  const county =
    access.kind === 'group' || access.kind === 'facilitator'
      ? bilingual(access.county.name, access.county.nameEn, language).primary
      : null
  const workspaceKey = `${workshopId}/${countyId}/${access.kind}`
  useDocumentTitle(county ? t('pageTitle', { county }) : null)

  switch (access.kind) {
    case 'loading':
      return <Skeleton active aria-label={t('loading')} />
    case 'failed':
      return <LoadError error={access.error} onRetry={access.retry} />
    case 'none':
      return <NoAccess otherJoin={access.otherJoin} />
    case 'countyNotFound':
      return (
        <LazyResult
          status="404"
          title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('countyNotFound.title')}</h1>}
          subTitle={t('countyNotFound.text')}
          extra={
            <Button onClick={() => void navigate(`/workshops/${encodeURIComponent(workshopId)}/join`)}>
              {t('backToJoin')}
            </Button>
          }
        />
      )
    case 'reviewer':
      return <ReviewedPlan key={workspaceKey} workshopId={workshopId} countyId={countyId} access={access} />
    default:
      return (
        <PlanWorkspace
          // A different token or person is a different session of the document.
          key={workspaceKey}
          workshopId={workshopId}
          countyId={countyId}
          access={access}
          county={access.county}
        />
      )
  }
}
