import { Form, Input } from 'antd'
import { useId, useRef, useState } from 'react'

interface LiveTextFieldProps {
  label: string
  /** The text in the live document now. */
  value: string
  onSave: (text: string) => void
  editable: boolean
  placeholder?: string
  maxLength?: number
  /** The accessible name when the visible label is left out (rows of a list). */
  ariaLabel?: string
  hideLabel?: boolean
  autoFocus?: boolean
}

/**
 * A short text of the plan, written to the live document as it is typed. While this user types, their
 * own draft shows; otherwise the box follows the document, so others' edits appear at once. Pinyin being
 * composed is written only once the characters are chosen, so nobody sees half-typed syllables.
 */
export function LiveTextField({
  label,
  value,
  onSave,
  editable,
  placeholder,
  maxLength = 200,
  ariaLabel,
  hideLabel,
  autoFocus,
}: LiveTextFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const composing = useRef(false)
  return (
    <Form.Item label={hideLabel ? undefined : label} htmlFor={id} className="action-text-field">
      <Input
        id={id}
        value={draft ?? value}
        readOnly={!editable}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-label={ariaLabel}
        autoFocus={autoFocus}
        autoComplete="off"
        onFocus={() => setDraft(value)}
        onBlur={() => setDraft(null)}
        onCompositionStart={() => {
          composing.current = true
        }}
        onCompositionEnd={(event) => {
          composing.current = false
          onSave(event.currentTarget.value)
        }}
        onChange={(event) => {
          setDraft(event.target.value)
          if (!composing.current) onSave(event.target.value)
        }}
      />
    </Form.Item>
  )
}
