import { Input } from 'antd'
import { type ChangeEvent, type CompositionEvent, useRef, useState } from 'react'

interface LiveTextFieldProps {
  /** The text in the live document now. */
  value: string
  /** Writes the text to the live document. */
  onSave: (text: string) => void
  multiline?: boolean
  id?: string
  className?: string
  'aria-label': string
  placeholder?: string
  disabled?: boolean
  maxLength: number
  variant?: 'outlined' | 'borderless'
}

/**
 * A text of the live plan edited in place (a need, a commitment, an owner). While focused it shows what
 * this person types, so a co-editor's write cannot move the caret under their fingers; otherwise it
 * follows the document. Pinyin being composed is written only once the characters are chosen, so the
 * other devices never see half-typed letters.
 */
export function LiveTextField({ value, onSave, multiline = false, ...props }: LiveTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const composing = useRef(false)
  const handlers = {
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onCompositionStart: () => {
      composing.current = true
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      composing.current = false
      onSave(event.currentTarget.value)
    },
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(event.target.value)
      if (!composing.current) onSave(event.target.value)
    },
  }
  return multiline ? (
    <Input.TextArea {...props} {...handlers} autoSize={{ minRows: 1, maxRows: 6 }} />
  ) : (
    <Input {...props} {...handlers} />
  )
}
