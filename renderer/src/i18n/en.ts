import { problemTreeMessages } from '../plan/problem-tree/problem-tree-messages'
import { dotVoteMessages } from '../plan/dot-vote/dot-vote-messages'
import { matchingMessages } from '../plan/matching/matching-messages'
import { targetsMessages } from '../plan/targets/targets-messages'
import { actionsMessages } from '../plan/actions/actions-messages'
import { budgetMessages } from '../plan/budget/budget-messages'
import { logframeMessages } from '../plan/logframe/logframe-messages'
import { signOffMessages } from '../plan/sign-off/sign-off-messages'
import { projectorMessages } from '../projector/projector-messages'
import type { Messages } from './zh-CN'

/** Every string of the setup screens in English, the app's second language; same keys as zh-CN.ts. */
export const en: Messages = {
  plan: {
    dataCard: {
      heading: 'County data card',
      intro:
        'Enter the latest figures and their years. Each reaches your group when you press Enter or leave its box; a figure in the wrong form is not saved, and the box says why.',
      fields: {
        population: 'Population (people)',
        poorVillages: 'Poor villages',
        registeredPoorHouseholds: 'Registered poor households',
        registeredPoorPeople: 'Registered poor people',
        baselineYear: 'Year of the registered figures',
        remainingPoorPeople: 'People still poor',
        remainingPoorYear: 'Year of the people still poor',
        povertyIncidence: 'Poverty incidence (%)',
        ruralIncomePerCapita: 'Rural disposable income per person (yuan)',
        incomeYear: 'Year of the income figure',
      },
    },
    summary: {
      heading: 'Situation summary',
      intro:
        'Describe in a few paragraphs the county’s poverty, its causes and what it can build on. Everyone in the group can write at once; each cursor shows its writer’s name.',
    },
    swot: {
      heading: 'SWOT board',
      quadrants: {
        strengths: 'Strengths',
        weaknesses: 'Weaknesses',
        opportunities: 'Opportunities',
        threats: 'Threats',
      },
      hints: {
        strengths: 'Inside the county, helps',
        weaknesses: 'Inside the county, holds back',
        opportunities: 'From outside, helps',
        threats: 'From outside, holds back',
      },
      empty: 'No cards yet.',
      untitled: 'empty card',
      newCard: 'New card in {{quadrant}}',
      newCardPlaceholder: 'One point per card, then Enter',
      add: 'Add',
      addTo: ' to {{quadrant}}',
      cardText: '{{quadrant}}, card {{position}}',
      move: 'Move card: {{text}}',
      delete: 'Delete card: {{text}}',
      deleteConfirm: 'Delete this card for everyone in the group?',
      deleteOk: 'Delete',
      deleteCancel: 'Keep',
      tooLong: {
        cut: 'A card holds at most {{max}} characters; only the first {{max}} were saved. The whole text is below, to copy somewhere else (the situation summary, for example) or to split into several cards.',
        fullText: 'The whole text ({{count}} characters)',
        copy: 'Copy the whole text',
        copied: 'Copied.',
        copyByHand: 'Could not copy automatically: select the text above and press Ctrl+C.',
        dismiss: 'Got it',
        add: 'A card holds at most {{max}} characters; this has {{count}}. Shorten it or split it into several cards, then add it.',
      },
      dnd: {
        instructions:
          'To move a card, press Space or Enter to pick it up. Use the arrow keys to move it within a quadrant or to another quadrant, Space or Enter to drop it, and Escape to cancel.',
        picked: 'Picked up card “{{text}}”, position {{position}} in {{quadrant}}.',
        over: 'Would go to position {{position}} in {{quadrant}}.',
        back: 'Back in its own place: position {{position}} in {{quadrant}}.',
        stays: 'Not over a quadrant; dropping here leaves the card where it was.',
        dropped: 'Card “{{text}}” moved to position {{position}} in {{quadrant}}.',
        unchanged: 'Card “{{text}}” stays where it was.',
        cancelled: 'Moving cancelled; card “{{text}}” stays where it was.',
      },
    },
    problemTree: problemTreeMessages.en,
    dotVote: dotVoteMessages.en,
    matching: matchingMessages.en,
    targets: targetsMessages.en,
    actions: actionsMessages.en,
    budget: budgetMessages.en,
    logframe: logframeMessages.en,
    signOff: signOffMessages.en,
  },
  projector: projectorMessages.messages.en,
}
