import type { FormInstance } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FollowUpReport, FollowUpReportInput } from '../../../shared/follow-up/follow-up-report-schema'
import {
  changesBetween,
  fieldKey,
  fieldValue,
  reportFields,
  withChange,
  type ReportField,
  type ReportFieldChange,
} from '../../../shared/follow-up/report-change'
import { HubError } from '../api/hub-error'
import { reportFormValues } from './report-values'

export type LiveSaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** The hub refused the last save; `error` says why, in words. */
  | { kind: 'refused'; error: unknown }

const setTo = (report: FollowUpReportInput, field: ReportField, value: unknown) =>
  withChange(report, { ...field, value, was: null } as ReportFieldChange)

/**
 * A report form filled by several devices at once. Each field is saved on its own as it is left or chosen
 * (only what changed, merged on the hub); the report as stored, polled from the hub, replaces every field
 * this device is not editing, so the others' entries appear without a reload. `base` is what each field
 * held when this device last took it from the hub: the save's `was`, which lets the hub refuse a field
 * someone else saved meanwhile rather than lose one of the two.
 */
export function useLiveReport(
  form: FormInstance<FollowUpReportInput>,
  report: FollowUpReport,
  save: (changes: ReportFieldChange[]) => Promise<FollowUpReport>,
  reload: () => Promise<FollowUpReport | undefined>,
) {
  const fields = useMemo(() => reportFields(report.targets), [report.targets])
  const base = useRef(reportFormValues(report))
  const seenAt = useRef(report.reportedAt)
  const queue = useRef(Promise.resolve())
  const [state, setState] = useState<LiveSaveState>({ kind: 'idle' })

  /** Takes the stored report into every field not being edited here (`release`: no longer edited). */
  const take = useCallback(
    (stored: FollowUpReport, release: readonly ReportField[] = []) => {
      // A poll answered before a save landed must not undo it on screen.
      if (stored.reportedAt && seenAt.current && stored.reportedAt < seenAt.current) return
      seenAt.current = stored.reportedAt
      const released = new Set(release.map(fieldKey))
      const current = form.getFieldsValue(true) as FollowUpReportInput
      let shown = reportFormValues(stored)
      let nextBase = shown
      for (const field of fields) {
        const local = fieldValue(current, field)
        if (released.has(fieldKey(field)) || local === fieldValue(base.current, field)) continue
        shown = setTo(shown, field, local)
        nextBase = setTo(nextBase, field, fieldValue(base.current, field))
      }
      base.current = nextBase
      form.setFieldsValue(shown)
    },
    [fields, form],
  )

  useEffect(() => take(report), [report, take])

  /** Saves every field that differs from what it was taken as, one save after another. */
  const commit = useCallback(() => {
    queue.current = queue.current.then(async () => {
      const current = form.getFieldsValue(true) as FollowUpReportInput
      const changes = changesBetween(base.current, current, fields)
      if (changes.length === 0) return
      setState({ kind: 'saving' })
      try {
        const saved = await save(changes)
        base.current = changes.reduce((next, change) => setTo(next, change, change.value), base.current)
        take(saved)
        setState({ kind: 'saved', at: saved.reportedAt ?? new Date().toISOString() })
      } catch (error) {
        setState({ kind: 'refused', error })
        if (error instanceof HubError && error.status === 409) {
          const stored = await reload()
          if (stored) take(stored, changes)
        }
      }
    })
  }, [fields, form, save, reload, take])

  return { state, commit }
}
