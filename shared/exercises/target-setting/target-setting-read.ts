import type * as Y from 'yjs'
import { isPlanYear, readNestedMap } from '../../live/item-fields'
import { readItem, readOrderedItems } from '../../live/tolerant-read'
import { planBenefit, planIndicators } from './target-setting-doc'
import {
  benefitInputsSchema,
  indicatorSchema,
  type AnnualTarget,
  type TargetSettingPlan,
} from './target-setting-schema'

/** A row's annual targets, by year; a year outside the plan years or a value that is not a number is left out. */
function readTargets(indicator: Y.Map<unknown>): AnnualTarget[] {
  const targets: AnnualTarget[] = []
  readNestedMap(indicator, 'targets')?.forEach((value, key) => {
    const year = Number(key)
    if (isPlanYear(year) && typeof value === 'number' && Number.isFinite(value)) targets.push({ year, value })
  })
  return targets.sort((a, b) => a.year - b.year)
}

/**
 * The indicator table and the benefit inputs as the plan reads them. A row linked to an objective
 * that is gone (deleted on another device) reads as linked to none.
 */
export function readTargetSetting(doc: Y.Doc, objectiveIds: ReadonlySet<string>): TargetSettingPlan {
  const indicators = readOrderedItems(indicatorSchema, planIndicators(doc), (item) => ({
    targets: readTargets(item),
  })).map((indicator) => ({
    ...indicator,
    objectiveId:
      indicator.objectiveId !== null && objectiveIds.has(indicator.objectiveId)
        ? indicator.objectiveId
        : null,
  }))
  // Every input has a blank, so the benefit map always reads.
  const benefit = readItem(benefitInputsSchema, planBenefit(doc))!
  return { indicators, benefit }
}
