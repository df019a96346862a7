import type { Plan } from '../../../../shared/live/plan-schema'
import { countyHeadline } from '../../../../shared/session/headline-figures'
import { useFormatters } from '../../components/use-formatters'
import { useMessages } from '../../i18n/use-messages'
import { LimitedList } from '../../projector/limited-list'
import { targetSettingUiMessages } from './target-setting-ui-messages'

/** Lines for the indicators beside the headline, "N more" included: what 1280×720 holds at projector size. */
const INDICATOR_LINES = 4

/** The county's headline target (people to lift, and how it was worked out) and its indicators, as many as fit. */
export function TargetSettingSpotlight({ countyId, plan }: { countyId: string; plan: Plan }) {
  const t = useMessages(targetSettingUiMessages)
  const format = useFormatters()
  const headline = countyHeadline(countyId, plan)
  const indicators = plan.indicators.filter(
    (indicator) => indicator.name.trim() !== '' && indicator.targets.length > 0,
  )
  return (
    <div className="projector-targets">
      <section className="projector-headline" data-testid="projector-headline">
        <h2>{t('spotlight.peopleLifted')}</h2>
        {headline.peopleLifted === null ? (
          <p className="projector-empty">{t('spotlight.noTarget')}</p>
        ) : (
          <>
            <p className="projector-big-number">
              {format.count(headline.peopleLifted)}
              {headline.targetYear !== null && (
                <span className="projector-by-year">
                  {t('spotlight.byYear', { year: String(headline.targetYear) })}
                </span>
              )}
            </p>
            {headline.basePoorPeople !== null && headline.sharePercent !== null && (
              <p className="projector-formula">
                {t('spotlight.formula', {
                  base: format.count(headline.basePoorPeople),
                  share: format.count(headline.sharePercent),
                  people: format.count(headline.peopleLifted),
                })}
              </p>
            )}
          </>
        )}
      </section>
      {indicators.length > 0 && (
        <section className="projector-indicators">
          <h2>{t('spotlight.indicators')}</h2>
          <LimitedList
            items={indicators}
            limit={INDICATOR_LINES}
            keyOf={(indicator) => indicator.id}
            render={(indicator) => {
              const last = indicator.targets.at(-1)!
              return (
                <>
                  <span className="projector-indicator-name">{indicator.name.trim()}</span>
                  <span>
                    {t('spotlight.indicatorValue', {
                      value: format.count(last.value),
                      unit: indicator.unit.trim(),
                      year: String(last.year),
                    })}
                  </span>
                </>
              )
            }}
          />
        </section>
      )}
    </div>
  )
}
