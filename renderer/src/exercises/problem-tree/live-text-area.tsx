import { Input } from 'antd'
import { useState } from 'react'

interface LiveTextAreaProps {
  value: string
  onChange: (text: string) => void
  label: string
  editable: boolean
  className?: string
  placeholder?: string
  autoFocus?: boolean
  onFocus?: () => void
}

/**
 * A text of the live plan edited in place: every keystroke is written, and while this person types
 * their own draft shows, so a remote edit arriving mid-word does not move their caret; otherwise the
 * box follows the document.
 */
export function LiveTextArea({
  value,
  onChange,
  label,
  editable,
  className,
  placeholder,
  autoFocus,
  onFocus,
}: LiveTextAreaProps) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <Input.TextArea
      className={className}
      variant="borderless"
      autoSize
      value={draft ?? value}
      aria-label={label}
      placeholder={placeholder}
      disabled={!editable}
      maxLength={500}
      autoFocus={autoFocus}
      onFocus={() => {
        setDraft(value)
        onFocus?.()
      }}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        setDraft(event.target.value)
        onChange(event.target.value)
      }}
    />
  )
}
