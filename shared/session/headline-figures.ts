import { computeBenefit } from '../exercises/target-setting/benefit-calculator'
import type { Plan } from '../live/plan-schema'

/**
 * A county's headline target as the closing plenary compares them: people to lift out of poverty,
 * from the benefit arithmetic of the target step (Lueyang: 32,000 still poor × 60% = 19,200).
 */
export interface CountyHeadline {
  countyId: string
  peopleLifted: number | null
  basePoorPeople: number | null
  sharePercent: number | null
  /** The year the target is for: the plan's end, else the benefit's target year. */
  targetYear: number | null
}

export function countyHeadline(countyId: string, plan: Plan): CountyHeadline {
  // The people lifted do not depend on the poverty line, so no line table is needed here.
  const benefit = computeBenefit(plan, [])
  return {
    countyId,
    peopleLifted: benefit.peopleLifted,
    basePoorPeople: benefit.resolved.basePoorPeople.value,
    sharePercent: plan.benefit.sharePercent,
    targetYear: plan.info.endYear ?? plan.benefit.targetYear,
  }
}

export interface GalleryFigures {
  rows: CountyHeadline[]
  /** The sum over counties that have set a target; counties without one add nothing. */
  total: number
  countiesWithTarget: number
  /** The largest single target, for scaling bars (at least 1 so an empty chart still draws). */
  largest: number
}

/** Every county's headline target in the given (county) order, and the total. */
export function galleryFigures(entries: readonly { countyId: string; plan: Plan }[]): GalleryFigures {
  const rows = entries.map(({ countyId, plan }) => countyHeadline(countyId, plan))
  const targets = rows.flatMap((row) => (row.peopleLifted === null ? [] : [row.peopleLifted]))
  return {
    rows,
    total: targets.reduce((sum, value) => sum + value, 0),
    countiesWithTarget: targets.length,
    largest: Math.max(1, ...targets),
  }
}
