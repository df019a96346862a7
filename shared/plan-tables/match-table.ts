import { pairedText } from '../locale/paired-text'
import type { Plan } from '../live/plan-schema'
import { MATCH_STATUS_LABELS, NEED_KIND_LABELS } from '../vocabulary/plan-vocabulary'
import type { PlanTable } from './plan-table'
import { column, type TableContext } from './table-context'

/** Resource matching: each match with the need it answers (blank when that need was deleted). */
export function matchTable(plan: Pick<Plan, 'needs' | 'matches'>, { locale, t }: TableContext): PlanTable {
  const needs = new Map(plan.needs.map((need) => [need.id, need]))
  return {
    id: 'matches',
    title: t('tables.matches'),
    columns: [
      column(t('matches.needKind'), 'text', 10),
      column(t('matches.need'), 'text', 28),
      column(t('matches.resource'), 'text', 28),
      column(t('matches.provider'), 'text', 24),
      column(t('matches.commitment'), 'text', 32),
      column(t('matches.owner'), 'text', 18),
      column(t('matches.status'), 'text', 12),
    ],
    rows: plan.matches.map((match) => {
      const need = match.needId === null ? undefined : needs.get(match.needId)
      return [
        need ? NEED_KIND_LABELS[need.kind][locale] : '',
        need?.text ?? '',
        pairedText(match.resourceTitle['zh-CN'], match.resourceTitle.en, locale),
        pairedText(match.resourceProvider['zh-CN'], match.resourceProvider.en, locale),
        match.commitment,
        match.owner,
        MATCH_STATUS_LABELS[match.status][locale],
      ]
    }),
  }
}
