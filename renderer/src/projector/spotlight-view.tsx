import type { CommentThread } from '../../../shared/comments/comments-doc'
import type { County } from '../../../shared/county/county-schema'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { Plan } from '../../../shared/live/plan-schema'
import type { Spotlight } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { ResourceMatchingSpotlight } from '../exercises/resource-matching/resource-matching-spotlight'
import { TargetSettingSpotlight } from '../exercises/target-setting/target-setting-spotlight'
import { useMessages } from '../i18n/use-messages'
import type { WatchedView } from '../session/use-watched-docs'
import { bilingual } from '../workshop-setup/counties/county-name'
import { ActionPlanSpotlight } from '../exercises/action-plan/action-plan-spotlight'
import { CountyDataCardSpotlight } from '../exercises/county-data-card/county-data-card-spotlight'
import { ProblemTreeSpotlight } from '../exercises/problem-tree/problem-tree-spotlight'
import { SwotSpotlight } from '../exercises/swot/swot-spotlight'
import { projectorMessages } from './projector-messages'
import { SpotlightComments } from './spotlight-comments'

interface SpotlightViewProps {
  spotlight: Spotlight | null
  counties: readonly County[]
  plans: Record<string, WatchedView<Plan>>
  /** The spotlit county's comments when the console shows them (null while they load); else undefined. */
  comments?: readonly CommentThread[] | null
}

/** One county's work on one exercise, as the facilitator chose it on the console. */
export function SpotlightView({ spotlight, counties, plans, comments }: SpotlightViewProps) {
  const t = useMessages(projectorMessages)
  const language = useLanguage()
  const county = counties.find((candidate) => candidate.id === spotlight?.countyId)
  const view = spotlight ? plans[spotlight.countyId] : undefined
  if (!spotlight || !county) {
    return (
      <div className="projector-welcome">
        <h1>{t('spotlight.label')}</h1>
        <p>{t('spotlight.none')}</p>
      </div>
    )
  }
  const name = bilingual(county.name, county.nameEn, language).primary
  const plan = view?.synced ? view.value : null
  return (
    <div
      className="projector-spotlight"
      data-kind={spotlight.kind}
      data-comments={comments !== undefined ? 'shown' : undefined}
    >
      <h1 data-testid="projector-title">
        <span className="projector-county">{name}</span>
        <span className="projector-title-separator" aria-hidden>
          {' · '}
        </span>
        <span>{exerciseTitle(spotlight.kind, language)}</span>
      </h1>
      <div className="projector-spotlight-body">
        <div className="projector-spotlight-work">
          {!plan ? (
            <p className="projector-empty">{t('loading')}</p>
          ) : spotlight.kind === 'swot' ? (
            <SwotSpotlight plan={plan} />
          ) : spotlight.kind === 'problem-tree' ? (
            <ProblemTreeSpotlight plan={plan} />
          ) : spotlight.kind === 'target-setting' ? (
            <TargetSettingSpotlight countyId={county.id} plan={plan} />
          ) : spotlight.kind === 'resource-matching' ? (
            <ResourceMatchingSpotlight plan={plan} />
          ) : spotlight.kind === 'action-plan' ? (
            <ActionPlanSpotlight plan={plan} />
          ) : (
            <CountyDataCardSpotlight plan={plan} />
          )}
        </div>
        {comments !== undefined && (
          <SpotlightComments threads={comments} plan={plan} exercise={spotlight.kind} />
        )}
      </div>
    </div>
  )
}
