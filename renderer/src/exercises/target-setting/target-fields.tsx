import { Form, Select } from 'antd'
import { type ReactNode, useId } from 'react'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { amountSchema, countSchema, yearSchema } from '../../../../shared/validation/common-fields'
import { useFormatters } from '../../components/use-formatters'
import { LiveNumberField } from '../../plan/fields/live-number-field'
import { LiveTextInput } from '../../plan/fields/live-text-input'
import { FieldNote, hasNote } from './field-note'

export type FigureKind = 'count' | 'year' | 'amount'

/**
 * What each kind of box accepts. Only what cannot be a figure at all is refused; figures that merely
 * do not add up (a share of 120%) are saved and flagged by the consistency checks instead.
 */
const SCHEMAS = { count: countSchema, year: yearSchema.nullable(), amount: amountSchema }

interface FieldBase {
  label: ReactNode
  editable: boolean
  /** Where a blank's figure comes from, or how to read the box. */
  hint?: ReactNode
  /** Consistency warnings about this field. */
  issues?: readonly TargetIssue[]
  className?: string
}

/** A figure of this step (see LiveNumberField), with its hint and warnings underneath. */
export function TargetNumberField({
  kind,
  value,
  onSave,
  placeholder,
  ...field
}: FieldBase & {
  kind: FigureKind
  value: number | null
  onSave: (value: number | null) => void
  placeholder?: string
}) {
  const format = useFormatters()
  const noteId = useId()
  const issues = field.issues ?? []
  return (
    <LiveNumberField
      label={field.label}
      value={value}
      schema={SCHEMAS[kind]}
      onSave={onSave}
      editable={field.editable}
      inputMode={kind === 'amount' ? 'decimal' : 'numeric'}
      // No grouping in years: 2018, never 2,018.
      formatStored={(stored) => (kind === 'year' ? String(stored) : format.count(stored))}
      note={
        hasNote(field.hint, issues) ? <FieldNote id={noteId} hint={field.hint} issues={issues} /> : undefined
      }
      noteId={noteId}
      placeholder={placeholder}
      className={field.className}
    />
  )
}

/**
 * A line of text of the indicator table (name, unit, responsible unit), written as it is typed and
 * wrapped in its column rather than cut off.
 */
export function TargetTextField({
  value,
  onSave,
  placeholder,
  ...field
}: FieldBase & { value: string; onSave: (text: string) => void; placeholder?: string }) {
  const id = useId()
  const noteId = `${id}-note`
  const issues = field.issues ?? []
  const note = hasNote(field.hint, issues)
  return (
    <Form.Item
      label={field.label}
      htmlFor={id}
      className={field.className}
      help={note ? <FieldNote id={noteId} hint={field.hint} issues={issues} /> : undefined}
    >
      <LiveTextInput
        id={id}
        value={value}
        onSave={onSave}
        wrap
        readOnly={!field.editable}
        placeholder={placeholder}
        maxLength={200}
        autoComplete="off"
        aria-describedby={note ? noteId : undefined}
      />
    </Form.Item>
  )
}

/** A choice from a closed list (kind, attribute, objective). */
export function TargetSelectField<T extends string>({
  value,
  options,
  onChange,
  placeholder,
  allowClear,
  ...field
}: FieldBase & {
  value: T | null
  options: { value: T; label: string }[]
  onChange: (value: T | null) => void
  placeholder?: string
  allowClear?: boolean
}) {
  const id = useId()
  return (
    <Form.Item label={field.label} htmlFor={id} className={field.className}>
      <Select<T>
        id={id}
        value={value ?? undefined}
        options={options}
        onChange={(next) => onChange(next ?? null)}
        disabled={!field.editable || options.length === 0}
        placeholder={placeholder}
        allowClear={allowClear}
        popupMatchSelectWidth={false}
      />
    </Form.Item>
  )
}
