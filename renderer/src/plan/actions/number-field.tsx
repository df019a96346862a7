import { Form, Input, Typography } from 'antd'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/use-language'
import { numberText, parseNumber, type NumberKind } from './parse-number'

interface NumberFieldProps {
  label: string
  kind: NumberKind
  /** The figure in the live document now. */
  value: number | null
  onSave: (value: number | null) => void
  editable: boolean
  /** Shown as the field's name to screen readers instead of the visible label (rows without a label). */
  ariaLabel?: string
  hideLabel?: boolean
}

/**
 * A figure of an action or budget line, written to the live document on every keystroke that makes a
 * valid figure; an invalid entry stays in the box with its reason and is not shared (as on the data
 * card). Someone else's change replaces the box unless this user is mid-correction.
 */
export function NumberField({
  label,
  kind,
  value,
  onSave,
  editable,
  ariaLabel,
  hideLabel,
}: NumberFieldProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = useId()
  const [draft, setDraft] = useState(() => numberText(value))
  const [problem, setProblem] = useState<string | null>(null)
  const [alignedWith, setAlignedWith] = useState(value)

  if (value !== alignedWith) {
    setAlignedWith(value)
    const typed = parseNumber(kind, draft)
    if (!problem && !(typed.ok && typed.value === value)) setDraft(numberText(value))
  }

  const onChange = (text: string) => {
    setDraft(text)
    const parsed = parseNumber(kind, text)
    if (!parsed.ok) {
      setProblem(t(`plan.actions.number.${parsed.problem}`))
      return
    }
    setProblem(null)
    if (parsed.value !== value) onSave(parsed.value)
  }

  const stored =
    value === null
      ? t('plan.actions.number.savedEmpty')
      : t('plan.actions.number.saved', {
          value: kind === 'year' ? String(value) : new Intl.NumberFormat(language).format(value),
        })
  return (
    <Form.Item
      label={hideLabel ? undefined : label}
      htmlFor={id}
      className="action-number-field"
      validateStatus={problem ? 'error' : undefined}
      help={
        problem ? (
          <span id={`${id}-error`}>
            {problem}
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
        inputMode={kind === 'count' || kind === 'year' ? 'numeric' : 'decimal'}
        autoComplete="off"
        className="figure-input"
        aria-label={ariaLabel}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (!problem) setDraft(numberText(value))
        }}
      />
    </Form.Item>
  )
}
