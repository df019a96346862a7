import { Form, Input, Typography } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { setDataCardField } from '../../../../shared/live/plan-doc'
import { YEAR_FIELDS, type DataCardField } from '../../../../shared/live/plan-schema'
import { localizeFieldErrors, type FieldError } from '../../../../shared/validation/field-errors'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { figureText, parseFigure } from './parse-figure'

interface DataCardFigureProps {
  doc: Y.Doc
  field: DataCardField
  /** The figure in the live document now. */
  value: number | null
  editable: boolean
}

/**
 * One figure of the data card. Every keystroke that makes a valid figure is written to the live document
 * (so the group sees it at once); one that does not is kept in the box with the reason and not written,
 * so nothing typed is lost and nothing wrong is shared. A change from someone else replaces the box
 * unless the box holds an unfinished, invalid entry of this user's.
 */
export function DataCardFigure({ doc, field, value, editable }: DataCardFigureProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const format = useFormatters()
  const id = useId()
  const [draft, setDraft] = useState(() => figureText(value))
  const [error, setError] = useState<FieldError | null>(null)
  const [alignedWith, setAlignedWith] = useState(value)

  // The stored figure changed (someone else, or this device's own write): follow it unless this
  // user's box is mid-correction, or already says the same thing ("12." while typing 12.5).
  if (value !== alignedWith) {
    setAlignedWith(value)
    const typed = parseFigure(field, draft)
    if (!error && !(typed.ok && typed.value === value)) setDraft(figureText(value))
  }

  const onChange = (text: string) => {
    setDraft(text)
    const parsed = parseFigure(field, text)
    if (!parsed.ok) {
      setError(parsed.error)
      return
    }
    setError(null)
    if (parsed.value !== value) setDataCardField(doc, field, parsed.value)
  }

  const message = error ? localizeFieldErrors([error], language)[0]?.message : undefined
  const isYear = YEAR_FIELDS.includes(field)
  const stored =
    value === null
      ? t('plan.dataCard.savedEmpty')
      : t('plan.dataCard.savedValue', { value: isYear ? String(value) : format.count(value) })
  return (
    <Form.Item
      label={t(`plan.dataCard.fields.${field}`)}
      htmlFor={id}
      validateStatus={error ? 'error' : undefined}
      help={
        error ? (
          <span id={`${id}-error`}>
            {message}
            <br />
            <Typography.Text type="secondary">{stored}</Typography.Text>
          </span>
        ) : undefined
      }
    >
      <Input
        id={id}
        value={draft}
        readOnly={!editable}
        inputMode={field === 'povertyIncidence' ? 'decimal' : 'numeric'}
        autoComplete="off"
        className="figure-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          // A valid entry is tidied to how it is stored ("42,996" → "42996"); an invalid one stays as typed.
          if (!error) setDraft(figureText(value))
        }}
      />
    </Form.Item>
  )
}
