import { Form } from 'antd'
import { useId } from 'react'
import { LiveTextInput } from './live-text-input'

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
  className?: string
}

/** A labelled text of the live plan, as a form row (see LiveTextInput). */
export function LiveTextField({
  label,
  editable,
  maxLength = 200,
  ariaLabel,
  hideLabel,
  className,
  ...input
}: LiveTextFieldProps) {
  const id = useId()
  return (
    <Form.Item label={hideLabel ? undefined : label} htmlFor={id} className={className}>
      <LiveTextInput
        {...input}
        id={id}
        readOnly={!editable}
        maxLength={maxLength}
        aria-label={ariaLabel}
        autoComplete="off"
      />
    </Form.Item>
  )
}
