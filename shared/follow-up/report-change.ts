import { z } from 'zod'
import {
  followUpReportInputSchema,
  indicatorActualSchema,
  itemReportSchema,
  type FollowUpReport,
  type FollowUpReportInput,
  type TargetSnapshot,
} from './follow-up-report-schema'

/**
 * One field of a county's report, saved on its own so that several devices and the facilitator can fill
 * the same report at once without one save overwriting another's rows. Each value is checked by the very
 * schema the whole report uses. `was` is the value the editor started from: when the field has been saved
 * by someone else since, the hub refuses the change (409) rather than silently losing one of the two.
 */
const entryId = z.string().min(1).max(200)
const list = z.enum(['actions', 'matches'])
const was = z.union([z.string().max(4000), z.number(), z.null()])

export const reportFieldChangeSchema = z.discriminatedUnion('field', [
  z.object({
    field: z.literal('actual'),
    indicatorId: entryId,
    value: indicatorActualSchema.shape.actual,
    was,
  }),
  z.object({
    field: z.literal('indicatorNote'),
    indicatorId: entryId,
    value: indicatorActualSchema.shape.note,
    was,
  }),
  z.object({ field: z.literal('status'), list, itemId: entryId, value: itemReportSchema.shape.status, was }),
  z.object({ field: z.literal('itemNote'), list, itemId: entryId, value: itemReportSchema.shape.note, was }),
  z.object({ field: z.literal('narrative'), value: followUpReportInputSchema.shape.narrative, was }),
  z.object({ field: z.literal('reporterName'), value: followUpReportInputSchema.shape.reporterName, was }),
])
export type ReportFieldChange = z.output<typeof reportFieldChangeSchema>
export type ReportFieldValue = ReportFieldChange['value']

/** A save of one or more fields, all or nothing (the facilitator's form sends every field it changed). */
export const reportChangesSchema = z.object({
  changes: z.array(reportFieldChangeSchema).min(1, 'v.required').max(1200, 'v.tooMany'),
})
export type ReportChanges = z.output<typeof reportChangesSchema>

/** Where a field is, without its value: the key of its last save in `fieldSaves`. */
export type ReportField =
  | { field: 'actual' | 'indicatorNote'; indicatorId: string }
  | { field: 'status' | 'itemNote'; list: 'actions' | 'matches'; itemId: string }
  | { field: 'narrative' | 'reporterName' }

export function fieldKey(field: ReportField): string {
  switch (field.field) {
    case 'actual':
    case 'indicatorNote':
      return `indicators/${field.indicatorId}/${field.field}`
    case 'status':
    case 'itemNote':
      return `${field.list}/${field.itemId}/${field.field}`
    default:
      return field.field
  }
}

/** The field's value in a report (an entry not saved yet reads as the empty one). */
export function fieldValue(report: FollowUpReportInput, field: ReportField): ReportFieldValue {
  switch (field.field) {
    case 'actual':
    case 'indicatorNote': {
      const entry = report.indicators.find((indicator) => indicator.indicatorId === field.indicatorId)
      return field.field === 'actual' ? (entry?.actual ?? null) : (entry?.note ?? '')
    }
    case 'status':
    case 'itemNote': {
      const entry = report[field.list].find((item) => item.itemId === field.itemId)
      return field.field === 'status' ? (entry?.status ?? 'not-reported') : (entry?.note ?? '')
    }
    default:
      return report[field.field]
  }
}

/** The report's entries with one field changed; an entry named for the first time is added. */
export function withChange(report: FollowUpReportInput, change: ReportFieldChange): FollowUpReportInput {
  switch (change.field) {
    case 'actual':
    case 'indicatorNote': {
      const key = change.field === 'actual' ? 'actual' : 'note'
      const old = report.indicators.find((entry) => entry.indicatorId === change.indicatorId)
      const entry = {
        ...(old ?? { indicatorId: change.indicatorId, actual: null, note: '' }),
        [key]: change.value,
      }
      return { ...report, indicators: replaced(report.indicators, old, entry) }
    }
    case 'status':
    case 'itemNote': {
      const key = change.field === 'status' ? 'status' : 'note'
      const entries = report[change.list]
      const old = entries.find((item) => item.itemId === change.itemId)
      const entry = {
        ...(old ?? { itemId: change.itemId, status: 'not-reported' as const, note: '' }),
        [key]: change.value,
      }
      return { ...report, [change.list]: replaced(entries, old, entry) }
    }
    case 'narrative':
      return { ...report, narrative: change.value }
    case 'reporterName':
      return { ...report, reporterName: change.value }
  }
}

function replaced<T>(entries: readonly T[], old: T | undefined, entry: T): T[] {
  return old === undefined ? [...entries, entry] : entries.map((item) => (item === old ? entry : item))
}

/** The entries of a report: what is sent and validated, without the snapshot and the record of saves. */
export function reportInput(report: FollowUpReport): FollowUpReportInput {
  const { indicators, actions, matches, narrative, reporterName } = report
  return { indicators, actions, matches, narrative, reporterName }
}

/**
 * The first change whose field someone else has saved since its editor read it (its `was` is not what is
 * stored, and neither is the new value), or null when every change may be applied.
 */
export function conflictingChange(report: FollowUpReportInput, changes: readonly ReportFieldChange[]) {
  return (
    changes.find((change) => {
      const stored = fieldValue(report, change)
      return stored !== change.was && stored !== change.value
    }) ?? null
  )
}

/** Every field a report against these targets has, in the form's order. */
export function reportFields(targets: TargetSnapshot): ReportField[] {
  const items = (list: 'actions' | 'matches', known: readonly { id: string }[]) =>
    known.flatMap(({ id }): ReportField[] => [
      { field: 'status', list, itemId: id },
      { field: 'itemNote', list, itemId: id },
    ])
  return [
    ...targets.indicators.flatMap(({ id }): ReportField[] => [
      { field: 'actual', indicatorId: id },
      { field: 'indicatorNote', indicatorId: id },
    ]),
    ...items('actions', targets.actions),
    ...items('matches', targets.matches),
    { field: 'narrative' },
    { field: 'reporterName' },
  ]
}

/** What turns `before` into `after`, field by field, each with the value it started from. */
export function changesBetween(
  before: FollowUpReportInput,
  after: FollowUpReportInput,
  fields: readonly ReportField[],
): ReportFieldChange[] {
  return fields.flatMap((field) => {
    const was = fieldValue(before, field)
    const value = fieldValue(after, field)
    return value === was ? [] : [{ ...field, value, was } as ReportFieldChange]
  })
}
