import * as Y from 'yjs'
import { newId } from '../ids/new-id'
import type { IndicatorAttribute, IndicatorKind } from '../vocabulary/plan-vocabulary'
import { isPlanYear, readNestedMap, setFields, type ItemMap } from './item-fields'
import { insertItem, moveItem, orderedIds } from './ordered-map'
import { planActions, planIndicators } from './plan-roots'

/**
 * The indicator table (主要指标). Annual targets are a nested Y.Map year → value, so two people
 * filling in different years at once both keep their figure.
 */

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
