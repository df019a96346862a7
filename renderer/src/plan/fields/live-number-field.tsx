import { Form, Input, Typography } from 'antd'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { localizeFieldErrors, type FieldError } from '../../../../shared/validation/field-errors'
import { useLanguage } from '../../i18n/use-language'
import { numberText, parseNumber } from './parse-number'

export interface LiveNumberFieldProps {
  label: ReactNode
  /** The number in the live document now. */
  value: number | null
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
}

/**
 * One number of a live plan. Every keystroke that makes a valid number is written at once (so the
 * group sees it); one that does not is kept in the box with the reason and not written, so nothing
 * typed is lost and nothing wrong is shared. A change from someone else replaces the box unless the
 * box holds an unfinished, invalid entry of this user's.
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
}: LiveNumberFieldProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const [draft, setDraft] = useState(() => numberText(value))
  const [error, setError] = useState<FieldError | null>(null)
  const [alignedWith, setAlignedWith] = useState(value)

  // The stored number changed (someone else, or this device's own write): follow it unless this
  // user's box is mid-correction, or already says the same thing ("12." while typing 12.5).
  if (value !== alignedWith) {
    setAlignedWith(value)
    const typed = parseNumber(draft, schema)
    if (!error && !(typed.ok && typed.value === value)) setDraft(numberText(value))
  }

  const onChange = (text: string) => {
    setDraft(text)
    const parsed = parseNumber(text, schema)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    setError(null)
    if (parsed.value !== value) onSave(parsed.value)
  }

  const message = error ? localizeFieldErrors([error], language)[0]?.message : undefined
  const stored =
    value === null
      ? t('plan.dataCard.savedEmpty')
      : t('plan.dataCard.savedValue', { value: formatStored(value) })
  const describedBy = error ? `${id}-error` : note && noteId ? noteId : undefined
  return (
    <Form.Item
      label={label}
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
        value={draft}
        readOnly={!editable}
        inputMode={inputMode}
        autoComplete="off"
        placeholder={placeholder}
        className="figure-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          // A valid entry is tidied to how it is stored ("42,996" → "42996"); an invalid one stays as typed.
          if (!error) setDraft(numberText(value))
        }}
      />
    </Form.Item>
  )
}
