import { SWOT_QUADRANTS } from '../../../../shared/exercises/swot/swot-schema'
import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { swotUiMessages } from './swot-ui-messages'
import './swot-print.css'

/** The SWOT in the plan's problem analysis: four quadrants, cards in the group's order. */
export function SwotPrint({ plan }: { plan: Plan }) {
  const { t: print } = usePrint()
  const t = usePrintMessages(swotUiMessages)
  return (
    <>
      <h3>{t('print.heading')}</h3>
      <div className="print-swot">
        {SWOT_QUADRANTS.map((quadrant) => {
          const cards = plan.swot.filter((card) => card.quadrant === quadrant)
          return (
            <div key={quadrant} className={`print-swot-quadrant print-swot-quadrant--${quadrant}`}>
              <h4>{t(`quadrants.${quadrant}`)}</h4>
              {cards.length === 0 ? (
                <p className="print-empty">{print('notFilled')}</p>
              ) : (
                <ul>
                  {cards.map((card) => (
                    <li key={card.id}>{card.text}</li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
    </>
  )
}
