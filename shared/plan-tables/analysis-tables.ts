import type { Plan } from '../live/plan-schema'
import type { PlanTable } from './plan-table'
import { column, type TableContext } from './table-context'

/** The SWOT board as a list: a card a row, by quadrant in the board's order. */
export function swotTable(plan: Pick<Plan, 'swot'>, { t }: TableContext): PlanTable {
  return {
    id: 'swot',
    title: t('tables.swot'),
    columns: [column(t('swot.quadrant'), 'text', 12), column(t('swot.text'), 'text', 48)],
    rows: plan.swot.map((card) => [t(`swot.quadrants.${card.quadrant}`), card.text]),
  }
}

/**
 * The problem tree as a list: the core problem first, then each card with its layer (1 next to the core)
 * and the card it hangs under, parents before children as the board draws them.
 */
export function problemTreeTable(plan: Pick<Plan, 'problemTree'>, { t }: TableContext): PlanTable {
  const { coreProblem, nodes } = plan.problemTree
  const texts = new Map(nodes.map((node) => [node.id, node.text]))
  return {
    id: 'problemTree',
    title: t('tables.problemTree'),
    columns: [
      column(t('problemTree.kind'), 'text', 12),
      column(t('problemTree.level'), 'number', 8),
      column(t('problemTree.text'), 'text', 40),
      column(t('problemTree.under'), 'text', 32),
    ],
    rows: [
      [t('problemTree.core'), 0, coreProblem, ''],
      ...nodes.map((node) => [
        t(`problemTree.${node.kind}`),
        node.depth,
        node.text,
        node.parentId === null ? coreProblem : (texts.get(node.parentId) ?? ''),
      ]),
    ],
  }
}
