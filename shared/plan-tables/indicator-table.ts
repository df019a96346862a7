import type { Plan } from '../live/plan-schema'
import { PLAN_TERMS } from '../vocabulary/plan-terms'
import { INDICATOR_ATTRIBUTE_LABELS, INDICATOR_KIND_LABELS } from '../vocabulary/plan-vocabulary'
import type { PlanTable } from './plan-table'
import { column, type TableContext } from './table-context'

/**
 * The indicator table (主要指标), one column per year any indicator has a target for, as the printed
 * plan lays it out, so that no stored target is left out.
 */
export function indicatorTable(plan: Pick<Plan, 'indicators'>, { locale, t }: TableContext): PlanTable {
  const years = [
    ...new Set(plan.indicators.flatMap((indicator) => indicator.targets.map((target) => target.year))),
  ].sort((a, b) => a - b)
  return {
    id: 'indicators',
    title: t('tables.indicators'),
    columns: [
      column(t('indicators.name'), 'text', 30),
      column(t('indicators.kind'), 'text', 14),
      column(t('indicators.unit'), 'text', 8),
      column(PLAN_TERMS.baselineValue[locale], 'number'),
      column(PLAN_TERMS.baselineYear[locale], 'year'),
      ...years.map((year) => column(t('indicators.targetIn', { year: String(year) }), 'number')),
      column(t('indicators.attribute'), 'text', 10),
      column(PLAN_TERMS.responsibleUnit[locale], 'text', 20),
      column(PLAN_TERMS.verificationSource[locale], 'text', 24),
    ],
    rows: plan.indicators.map((indicator) => {
      const byYear = new Map(indicator.targets.map((target) => [target.year, target.value]))
      return [
        indicator.name,
        INDICATOR_KIND_LABELS[indicator.kind][locale],
        indicator.unit,
        indicator.baselineValue,
        indicator.baselineYear,
        ...years.map((year) => byYear.get(year) ?? null),
        INDICATOR_ATTRIBUTE_LABELS[indicator.attribute][locale],
        indicator.responsibleUnit,
        indicator.verificationSource,
      ]
    }),
  }
}
