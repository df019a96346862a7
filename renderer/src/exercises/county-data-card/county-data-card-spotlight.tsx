import {
  DATA_CARD_FIELDS,
  YEAR_FIELDS,
} from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import type { Plan } from '../../../../shared/live/plan-schema'
import { useFormatters } from '../../components/use-formatters'
import { useMessages } from '../../i18n/use-messages'
import { countyDataCardUiMessages } from './county-data-card-ui-messages'
import './county-data-card-spotlight.css'

/** The county's figures as a grid of large numbers, years printed as years (2018, not 2,018). */
export function CountyDataCardSpotlight({ plan }: { plan: Plan }) {
  const t = useMessages(countyDataCardUiMessages)
  const format = useFormatters()
  const filled = DATA_CARD_FIELDS.filter((field) => plan.dataCard[field] !== null)
  if (filled.length === 0) return <p className="projector-empty">{t('spotlight.none')}</p>
  return (
    <dl className="projector-figures">
      {filled.map((field) => {
        const value = plan.dataCard[field]!
        return (
          <div key={field}>
            <dt>{t(`dataCard.fields.${field}`)}</dt>
            <dd>{YEAR_FIELDS.includes(field) ? String(value) : format.count(value)}</dd>
          </div>
        )
      })}
    </dl>
  )
}
