import { Button, Skeleton } from 'antd'
import { useNavigate } from 'react-router'
import { galleryExercises, mayReview } from '../../../shared/review/review-round'
import { useDocumentTitle } from '../app/use-document-title'
import { LazyResult } from '../components/lazy-result'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { useSessionDocument } from '../live/use-session-document'
import { PlanWorkspace } from '../plan/plan-workspace'
import { planMessages } from '../plan/plan-messages'
import type { PlanAccess } from '../plan/use-plan-access'
import { bilingual } from '../workshop-setup/counties/county-name'
import { reviewMessages } from './review-messages'
import { useReviewRound } from './use-review-round'

type Reviewer = Extract<PlanAccess, { kind: 'reviewer' }>

/**
 * Another county's plan, opened from a group's device during a review round: read-only, with comments.
 * Outside a round that lets this county review it, the device is told so (the hub refuses it anyway).
 */
export function ReviewedPlan({
  workshopId,
  countyId,
  access,
}: {
  workshopId: string
  countyId: string
  access: Reviewer
}) {
  const t = useMessages(reviewMessages)
  const plan = useMessages(planMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const { session, doc } = useSessionDocument(workshopId, access.token, access.user, false)
  const round = useReviewRound(doc)
  const county = round?.counties.find((candidate) => candidate.id === countyId) ?? null
  const allowed = mayReview(round, access.own.countyId, countyId)
  useDocumentTitle(
    county ? plan('pageTitle', { county: bilingual(county.name, county.nameEn, language).primary }) : null,
  )
  if (session === null) return <Skeleton active aria-label={plan('loading')} />
  if (!allowed || !county)
    return (
      <LazyResult
        status="403"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notOpen.title')}</h1>}
        subTitle={t('notOpen.text')}
        extra={
          <Button
            type="primary"
            onClick={() =>
              void navigate(
                `/plan/${encodeURIComponent(workshopId)}/${encodeURIComponent(access.own.countyId)}`,
              )
            }
          >
            {t('backToOwn')}
          </Button>
        }
      />
    )
  return (
    <PlanWorkspace
      workshopId={workshopId}
      countyId={countyId}
      access={access}
      county={county}
      gallery={galleryExercises(round)}
    />
  )
}
