import { SWOT_QUADRANTS } from '../../../../shared/exercises/swot/swot-schema'
import type { Plan } from '../../../../shared/live/plan-schema'
import { useMessages } from '../../i18n/use-messages'
import { projectorMessages } from '../../projector/projector-messages'
import { LimitedList } from '../../projector/limited-list'
import { swotUiMessages } from './swot-ui-messages'
import './swot-spotlight.css'

/** The county's SWOT as four large quadrants, cards in the group's order. */
export function SwotSpotlight({ plan }: { plan: Plan }) {
  const projector = useMessages(projectorMessages)
  const t = useMessages(swotUiMessages)
  return (
    <div className="projector-swot" data-testid="projector-swot">
      {SWOT_QUADRANTS.map((quadrant) => {
        const cards = plan.swot
          .filter((card) => card.quadrant === quadrant && card.text.trim() !== '')
          .map((card) => card.text.trim())
        return (
          <section key={quadrant} className="projector-swot-quadrant" data-quadrant={quadrant}>
            <h2>{t(`quadrants.${quadrant}`)}</h2>
            {cards.length === 0 ? (
              <p className="projector-empty">{projector('spotlight.empty')}</p>
            ) : (
              <LimitedList items={cards} limit={4} className="projector-cards" />
            )}
          </section>
        )
      })}
    </div>
  )
}
