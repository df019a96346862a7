import { Input } from 'antd'
import type { ComponentProps, KeyboardEvent } from 'react'
import { useLiveDraft } from './use-live-draft'

type Bound = 'value' | 'onChange' | 'onFocus' | 'onBlur' | 'onCompositionStart' | 'onCompositionEnd'
type InputProps = Omit<ComponentProps<typeof Input>, Bound>

export interface LiveTextInputProps extends InputProps {
  /** The text in the live document now. */
  value: string
  /** Writes the text to the live document. */
  onSave: (text: string) => void
  /** A box that grows to six lines (a need, a commitment) rather than one line. */
  multiline?: boolean
  /**
   * One line of text shown on as many lines as it needs, so a narrow column never cuts it off (a
   * name in a table): Enter adds no line break.
   */
  wrap?: boolean
}

const noLineBreak = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault()
}

/** A text of a live plan edited in place: a title, an owner, a need (see useLiveDraft). */
export function LiveTextInput({
  value,
  onSave,
  multiline = false,
  wrap = false,
  ...props
}: LiveTextInputProps) {
  const bound = useLiveDraft(value, onSave)
  if (!multiline && !wrap) return <Input {...props} {...bound} />
  const { id, className, placeholder, maxLength, disabled, readOnly, variant, autoFocus } = props
  return (
    <Input.TextArea
      {...{ id, className, placeholder, maxLength, disabled, readOnly, variant, autoFocus }}
      aria-label={props['aria-label']}
      aria-describedby={props['aria-describedby']}
      onKeyDown={wrap ? noLineBreak : undefined}
      {...bound}
      autoSize={{ minRows: 1, maxRows: 6 }}
    />
  )
}
