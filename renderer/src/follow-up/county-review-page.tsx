import { ArrowLeftOutlined } from '@ant-design/icons'
import { Skeleton, Typography } from 'antd'
import { Link, useParams } from 'react-router'
import { useDocumentTitle } from '../app/use-document-title'
import { LazyResult } from '../components/lazy-result'
import { NoDataYet } from '../components/no-data-yet'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { NoAccess } from '../plan/no-access'
import { planPath } from '../plan/plan-path'
import { usePlanAccess } from '../plan/use-plan-access'
import { bilingual } from '../workshop-setup/counties/county-name'
import { CountyReviewForm } from './county-review-form'
import { countyReviewMessages } from './county-review-messages'
import type { CountyReviewAccess } from './county-review-path'
import { useCountyReview } from './use-follow-up'
import '../plan/plan.css'

/**
 * `/plan/:workshopId/:countyId/review`: the review step of a county's workspace. Its team's devices (the
 * county's join code) enter the follow-up round the facilitator has opened to the counties.
 */
export function CountyReviewPage() {
  const t = useMessages(countyReviewMessages)
  const language = useLanguage()
  const { workshopId = '', countyId = '' } = useParams()
  const access = usePlanAccess(workshopId, countyId)
  const granted = access.kind === 'group' || access.kind === 'facilitator' ? access : null
  const county = granted ? bilingual(granted.county.name, granted.county.nameEn, language).primary : null
  useDocumentTitle(county ? t('pageTitle', { county }) : null)

  if (access.kind === 'loading') return <Skeleton active aria-label={t('loading')} />
  if (!granted) return <NoAccess otherJoin={access.kind === 'none' ? access.otherJoin : null} />
  return (
    <div className="plan-page">
      <header className="plan-header">
        <Link to={planPath({ workshopId, countyId })} className="plan-back">
          <ArrowLeftOutlined aria-hidden /> {t('backToPlan')}
        </Link>
        <Typography.Title level={1} className="plan-title">
          {county}
        </Typography.Title>
      </header>
      <ReviewStep workshopId={workshopId} countyId={countyId} token={granted.token} />
    </div>
  )
}

function ReviewStep({ workshopId, countyId, token }: CountyReviewAccess) {
  const t = useMessages(countyReviewMessages)
  const review = useCountyReview(workshopId, countyId, token)
  if (review.data === undefined) return <NoDataYet query={review} />
  if (review.data === null)
    return (
      <LazyResult
        status="info"
        title={<h2 style={{ fontSize: 20, margin: 0 }}>{t('closed.title')}</h2>}
        subTitle={t('closed.text')}
      />
    )
  return (
    <CountyReviewForm
      // Another round opened is another form.
      key={review.data.round.id}
      workshopId={workshopId}
      countyId={countyId}
      token={token}
      review={review.data}
      reload={async () => (await review.refetch()).data?.report}
    />
  )
}
