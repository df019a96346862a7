import { countyDataCardMessages } from './county-data-card-messages'
import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'

export const COUNTY_DATA_CARD: ExerciseDefinition = {
  kind: 'county-data-card',
  messages: countyDataCardMessages,
  defaultMinutes: 30,
  sections: ['situation'],
  criteria: [
    {
      id: 'population',
      met: ({ dataCard }) => dataCard.population !== null && dataCard.poorVillages !== null,
    },
    {
      id: 'registered-poor',
      met: ({ dataCard }) =>
        dataCard.registeredPoorHouseholds !== null &&
        dataCard.registeredPoorPeople !== null &&
        dataCard.baselineYear !== null,
    },
    {
      id: 'remaining-poor',
      met: ({ dataCard }) => dataCard.remainingPoorPeople !== null && dataCard.remainingPoorYear !== null,
    },
    {
      id: 'income',
      met: ({ dataCard }) => dataCard.ruralIncomePerCapita !== null && dataCard.incomeYear !== null,
    },
    {
      id: 'situation-summary',
      met: ({ prose }) => hasProse(prose.situationSummary),
    },
  ],
}
