import type * as Y from 'yjs'
import {
  addIndicator,
  setIndicatorTarget,
} from '../../../../shared/exercises/target-setting/target-setting-doc'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'

/** The 1-based row of the first indicator counting people lifted out of poverty; null if none. */
export function peopleLiftedRow(indicators: readonly Pick<Indicator, 'kind'>[]): number | null {
  const index = indicators.findIndex((indicator) => indicator.kind === 'people-lifted')
  return index < 0 ? null : index + 1
}

export interface PeopleLiftedFigures {
  /** In the language of whoever adds it: 脱贫人口 / People lifted out of poverty. */
  name: string
  unit: string
  baselineValue: number | null
  baselineYear: number | null
  targetYear: number
  target: number
}

/**
 * The calculator's result as a row of the indicator table: binding (the county's exit depends on it),
 * its base as the baseline, the result as the target of the target year. One transaction, so no
 * co-editor ever sees the row without its target.
 */
export function addPeopleLiftedIndicator(doc: Y.Doc, figures: PeopleLiftedFigures): string {
  let id = ''
  doc.transact(() => {
    id = addIndicator(doc, {
      name: figures.name,
      kind: 'people-lifted',
      unit: figures.unit,
      baselineValue: figures.baselineValue,
      baselineYear: figures.baselineYear,
      attribute: 'binding',
    })
    setIndicatorTarget(doc, id, figures.targetYear, figures.target)
  })
  return id
}
