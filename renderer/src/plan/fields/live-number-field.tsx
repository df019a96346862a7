import { Form, Input, Typography } from 'antd'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'
import type { z } from 'zod'
import { localizeFieldErrors } from '../../../../shared/validation/field-errors'
import { useLanguage } from '../../i18n/use-language'
import { numberText, parseNumber } from '../../../../shared/validation/parse-number'
import { useMessages } from '../../i18n/use-messages'
import { fieldsMessages } from './fields-messages'

export interface LiveNumberFieldProps {
  label: ReactNode
  /** The number in the live document now. */
  value: number | null
  /** What the box accepts (a schema of shared/validation). */
  schema: z.ZodType<number | null>
  /** Writes a valid number (null clears) to the live document. */
  onSave: (value: number | null) => void
  editable: boolean
  inputMode?: 'numeric' | 'decimal'
  /** The stored value as words ("42,996"), shown under a box whose entry could not be saved. */
  formatStored: (value: number) => string
  /** Shown under the field when the entry is valid: a hint or a consistency warning. */
  note?: ReactNode
  /** Id of the note, so that the box is described by it. */
  noteId?: string
  placeholder?: string
  className?: string
  /** The accessible name when the visible label is left out (rows of a list). */
  ariaLabel?: string
  hideLabel?: boolean
}

/**
 * One number of a live plan. What is typed stays in the box and is written when the person is done
 * with it — Enter, or leaving the box — and only if the whole box is a number: "2x01,000" typed key
 * by key never writes its first digit, and a co-editor never sees a figure half typed. An entry that
 * is not a number stays as typed, says why and that it was not saved. Escape puts back the saved value.
 * Until this user types, the box follows the document.
 */
export function LiveNumberField({
  label,
  value,
  schema,
  onSave,
  editable,
  inputMode = 'numeric',
  formatStored,
  note,
  noteId,
  placeholder,
  className,
  ariaLabel,
  hideLabel,
}: LiveNumberFieldProps) {
  const t = useMessages(fieldsMessages)
  const language = useLanguage()
  const id = useId()
  // null: the box shows the stored value; else what this user typed and has not had written.
  const [draft, setDraft] = useState<string | null>(null)
  const parsed = draft === null ? null : parseNumber(draft, schema)
  const error = parsed && !parsed.ok ? parsed.error : null

  const commit = () => {
    if (!parsed?.ok) return
    if (parsed.value !== value) onSave(parsed.value)
    setDraft(null)
  }
  // A box taken off the screen while it holds a finished entry (the step changed under the
  // caret) keeps that entry: browsers do not blur an element they remove.
  const commitOnUnmount = useRef(commit)
  commitOnUnmount.current = commit
  useEffect(() => () => commitOnUnmount.current(), [])

  const message = error ? localizeFieldErrors([error], language)[0]?.message : undefined
  const stored = value === null ? t('notSavedEmpty') : t('notSaved', { value: formatStored(value) })
  const describedBy = error ? `${id}-error` : note && noteId ? noteId : undefined
  return (
    <Form.Item
      label={hideLabel ? undefined : label}
      htmlFor={id}
      className={className}
      validateStatus={error ? 'error' : undefined}
      help={
        error ? (
          <span id={`${id}-error`}>
            {message}
            <br />
            <Typography.Text type="secondary">{stored}</Typography.Text>
          </span>
        ) : (
          note
        )
      }
    >
      <Input
        id={id}
        value={draft ?? numberText(value)}
        readOnly={!editable}
        inputMode={inputMode}
        autoComplete="off"
        placeholder={placeholder}
        className="figure-input"
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
          if (event.key === 'Escape') setDraft(null)
        }}
      />
    </Form.Item>
  )
}
