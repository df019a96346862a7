import type { Plan } from '../../live/plan-schema'
import type { Indicator } from '../target-setting/target-setting-schema'

/** One row of the logframe table: the goal, an objective or a measure, with what measures it. */
export interface LogframeRow {
  level: 'goal' | 'objective' | 'output'
  id: string
  /** The statement; '' when the group has not written it yet. */
  text: string
  indicators: Indicator[]
  /** Objectives only: whether any indicator measures it (the logframe criterion). */
  measured: boolean
}

const hasText = (text: string) => text.trim() !== ''

/**
 * The logframe as rows, read from the parts of the plan other steps fill: the goal prose, the
 * objectives with the indicators linked to them, and the measures with the indicators they serve.
 * Objectives without a statement are left out, as the logframe's completeness rule leaves them out.
 */
export function logframeRows(
  plan: Pick<Plan, 'prose' | 'objectives' | 'indicators' | 'actions'>,
): LogframeRow[] {
  const byId = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]))
  const goal: LogframeRow = {
    level: 'goal',
    id: 'goal',
    text: plan.prose.goal.filter(hasText).join('\n'),
    indicators: [],
    measured: true,
  }
  const objectives = plan.objectives
    .filter((objective) => hasText(objective.text))
    .map((objective): LogframeRow => {
      const indicators = plan.indicators.filter((indicator) => indicator.objectiveId === objective.id)
      return {
        level: 'objective',
        id: objective.id,
        text: objective.text.trim(),
        indicators,
        measured: indicators.length > 0,
      }
    })
  const outputs = plan.actions.map((action): LogframeRow => ({
    level: 'output',
    id: action.id,
    text: action.title.trim(),
    indicators: action.indicatorIds.flatMap((id) => byId.get(id) ?? []),
    measured: true,
  }))
  return [goal, ...objectives, ...outputs]
}
