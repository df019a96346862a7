import { swotMessages } from './swot-messages'
import type { SwotQuadrant } from './swot-schema'
import type { CompletenessCriterion, ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

const quadrant = (id: SwotQuadrant): CompletenessCriterion => ({
  id,
  met: ({ swot }) => swot.some((card) => card.quadrant === id && filled(card.text)),
})

export const SWOT: ExerciseDefinition = {
  kind: 'swot',
  messages: swotMessages,
  defaultMinutes: 60,
  sections: ['problem-analysis'],
  criteria: [quadrant('strengths'), quadrant('weaknesses'), quadrant('opportunities'), quadrant('threats')],
}
