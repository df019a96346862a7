import { problemTreeMessages } from './problem-tree-messages'
import type { ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

export const PROBLEM_TREE: ExerciseDefinition = {
  kind: 'problem-tree',
  messages: problemTreeMessages,
  defaultMinutes: 90,
  sections: ['problem-analysis', 'logframe'],
  criteria: [
    {
      id: 'core-problem',
      met: ({ problemTree }) => filled(problemTree.coreProblem),
    },
    {
      id: 'causes',
      met: ({ problemTree }) =>
        problemTree.nodes.filter((node) => node.kind === 'cause' && filled(node.text)).length >= 2,
    },
    {
      id: 'effects',
      met: ({ problemTree }) => problemTree.nodes.some((node) => node.kind === 'effect' && filled(node.text)),
    },
    {
      id: 'objectives',
      met: ({ objectives }) => objectives.some((objective) => filled(objective.text)),
    },
  ],
}
