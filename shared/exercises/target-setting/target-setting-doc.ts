import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import { isPlanYear, readNestedMap, setFields, type ItemMap } from '../../live/item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import { planActions } from '../action-plan/action-plan-doc'
import type { IndicatorAttribute, IndicatorKind } from '../../vocabulary/plan-vocabulary'
import type { BenefitInputField } from './target-setting-schema'

/**
 * The indicator table (主要指标) and the benefit calculator's inputs. Its roots in the plan document:
 *   indicators  ordered { name, kind, unit, baselineValue, baselineYear, targets: Y.Map{year: value},
 *                         attribute, responsibleUnit, verificationSource, objectiveId }    (v2)
 *   benefit     Y.Map  { <BenefitInputField>: number | null }                            (v2)
 * Annual targets are a nested Y.Map year → value, so two people filling in different years at once
 * both keep their figure.
 */
export const TARGET_SETTING_ROOTS = ['indicators', 'benefit'] as const
type TargetSettingRoot = (typeof TARGET_SETTING_ROOTS)[number]

export const planIndicators = (doc: Y.Doc) =>
  doc.getMap('indicators' satisfies TargetSettingRoot) as OrderedCollection
export const planBenefit = (doc: Y.Doc) => doc.getMap<unknown>('benefit' satisfies TargetSettingRoot)

/**
 * One input of the benefit calculator; null clears it. A cleared base population falls back to the
 * data card's figures (see resolveBenefitInputs), so leave it null unless the group overrides it.
 */
export function setBenefitInput(doc: Y.Doc, field: BenefitInputField, value: number | null): void {
  planBenefit(doc).set(field, value !== null && Number.isFinite(value) ? value : null)
}

export interface IndicatorFields {
  name: string
  kind: IndicatorKind
  unit: string
  baselineValue: number | null
  baselineYear: number | null
  attribute: IndicatorAttribute
  responsibleUnit: string
  verificationSource: string
  objectiveId: string | null
}

export function addIndicator(
  doc: Y.Doc,
  fields: Partial<IndicatorFields> = {},
  beforeId: string | null = null,
  id = newId(),
): string {
  doc.transact(() =>
    insertItem(
      planIndicators(doc),
      id,
      {
        name: '',
        kind: 'other',
        unit: '',
        baselineValue: null,
        baselineYear: null,
        attribute: 'expected',
        responsibleUnit: '',
        verificationSource: '',
        objectiveId: null,
        ...fields,
        targets: new Y.Map<number>(),
      },
      { beforeId },
    ),
  )
  return id
}

const indicatorAt = (doc: Y.Doc, id: string): ItemMap | null => {
  const indicator = planIndicators(doc).get(id)
  return indicator instanceof Y.Map ? indicator : null
}

export function updateIndicator(doc: Y.Doc, id: string, patch: Partial<IndicatorFields>): void {
  const indicator = indicatorAt(doc, id)
  if (indicator) doc.transact(() => setFields(indicator, patch))
}

/** Sets (or, with null, clears) the target for one year. Ignores a year outside 1949–2100. */
export function setIndicatorTarget(doc: Y.Doc, id: string, year: number, value: number | null): void {
  const indicator = indicatorAt(doc, id)
  if (!indicator || !isPlanYear(year)) return
  doc.transact(() => {
    let targets = readNestedMap<number>(indicator, 'targets')
    if (!targets) {
      targets = new Y.Map<number>()
      indicator.set('targets', targets)
    }
    if (value === null || !Number.isFinite(value)) targets.delete(String(year))
    else targets.set(String(year), value)
  })
}

export function moveIndicator(doc: Y.Doc, id: string, beforeId: string | null): void {
  moveItem(planIndicators(doc), id, { beforeId })
}

export const indicatorIds = (doc: Y.Doc) => orderedIds(planIndicators(doc))

/** Deletes an indicator and the actions' links to it. */
export function deleteIndicator(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    planIndicators(doc).delete(id)
    planActions(doc).forEach((action) => {
      if (action instanceof Y.Map) readNestedMap(action, 'indicatorIds')?.delete(id)
    })
  })
}
