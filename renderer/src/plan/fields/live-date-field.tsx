import { DatePicker, Form, Typography } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useId, useState } from 'react'
import { ISO_DATE_FORMAT, isPlanDate } from '../../../../shared/validation/iso-date'
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../../../shared/validation/plan-years'
import { TYPED_DATE_FORMATS } from '../../forms/typed-date-formats'
import { useMessages } from '../../i18n/use-messages'
import { fieldsMessages } from './fields-messages'

const FIRST_DAY = dayjs(`${FIRST_PLAN_YEAR}-01-01`)
const LAST_DAY = dayjs(`${LAST_PLAN_YEAR}-12-31`)

/** The plan date that typed text stands for, or null while it is not (yet) one. */
function typedDate(text: string): string | null {
  const date = dayjs(text.trim(), TYPED_DATE_FORMATS, true)
  const iso = date.isValid() ? date.format(ISO_DATE_FORMAT) : null
  return isPlanDate(iso) ? iso : null
}

export interface LiveDateFieldProps {
  label: ReactNode
  /** The date in the live document now (YYYY-MM-DD), or null. */
  value: string | null
  /** Writes a complete plan date, or null when the box is cleared. */
  onSave: (date: string | null) => void
  editable: boolean
  /** A warning about this date (an end before the start), shown under the box. */
  warning?: ReactNode
  /** The accessible name when the visible label is left out (rows of a list). */
  ariaLabel?: string
  hideLabel?: boolean
  className?: string
}

/**
 * Every date of a plan: typed (2020-12-31 or 20201231, key by key or pasted) or picked from the
 * calendar, shown YYYY-MM-DD in both languages. What is typed stays in the box as typed; only a
 * complete, real date within the plan years is written, so no co-editor ever sees a date half typed
 * (year 0002). An entry left unfinished says so and is not saved.
 */
export function LiveDateField({
  label,
  value,
  onSave,
  editable,
  warning,
  ariaLabel,
  hideLabel,
  className,
}: LiveDateFieldProps) {
  const t = useMessages(fieldsMessages)
  const id = useId()
  const [unfinished, setUnfinished] = useState(false)
  const [shown, setShown] = useState(value)
  // A new date from the document replaces what was in the box, and with it the complaint about it.
  if (value !== shown) {
    setShown(value)
    setUnfinished(false)
  }
  const describedBy = unfinished ? `${id}-error` : warning ? `${id}-warning` : undefined
  return (
    <Form.Item
      label={hideLabel ? undefined : label}
      htmlFor={id}
      className={className}
      validateStatus={unfinished ? 'error' : warning ? 'warning' : undefined}
      help={
        unfinished ? (
          <span id={`${id}-error`}>
            {t('dateInvalid')}
            <br />
            <Typography.Text type="secondary">
              {value === null ? t('notSavedEmpty') : t('notSaved', { value })}
            </Typography.Text>
          </span>
        ) : warning ? (
          <span id={`${id}-warning`}>{warning}</span>
        ) : undefined
      }
    >
      <DatePicker
        id={id}
        style={{ width: '100%' }}
        value={value ? dayjs(value) : null}
        format={TYPED_DATE_FORMATS}
        minDate={FIRST_DAY}
        maxDate={LAST_DAY}
        placeholder={t('datePlaceholder')}
        preserveInvalidOnBlur
        disabled={!editable}
        aria-label={ariaLabel}
        aria-invalid={unfinished ? true : undefined}
        aria-describedby={describedBy}
        onChange={(date) => {
          const next = date ? typedDate(date.format(ISO_DATE_FORMAT)) : null
          if (date && next === null) return
          setUnfinished(false)
          if (next !== value) onSave(next)
        }}
        onBlur={(event) => {
          const text = (event.target as HTMLInputElement).value.trim()
          // Emptying the box by hand clears the date, as the clear button does.
          if (text === '' && value !== null) onSave(null)
          setUnfinished(text !== '' && typedDate(text) === null)
        }}
      />
    </Form.Item>
  )
}
