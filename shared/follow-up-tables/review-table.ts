import type { PlanTable } from '../plan-tables/plan-table'

/**
 * A follow-up round's review status as tables, written by the same XLSX and CSV writers as a plan's
 * tables: across counties one line per county, then every indicator and every action and resource
 * match of the reports with its status and note.
 */
export const REVIEW_TABLE_IDS = ['counties', 'indicators', 'items'] as const
export type ReviewTableId = (typeof REVIEW_TABLE_IDS)[number]

export type ReviewTable = PlanTable<ReviewTableId>
