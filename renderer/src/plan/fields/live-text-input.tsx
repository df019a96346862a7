import { Input } from 'antd'
import { type ComponentProps, useRef, useState } from 'react'

type InputProps = Omit<ComponentProps<typeof Input>, 'value' | 'onChange' | 'onFocus' | 'onBlur'>

export interface LiveTextInputProps extends InputProps {
  /** The text in the live document now. */
  value: string
  /** Writes the text to the live document. */
  onSave: (text: string) => void
}

/**
 * A one-line text of a live plan (a title, an owner). While focused the box shows what this user
 * types, so a co-editor's write cannot move the caret under their fingers; every change is written
 * at once. Text being composed with an input method (pinyin) is written only when the characters are
 * chosen, so co-editors never see half-typed pinyin.
 */
export function LiveTextInput({ value, onSave, ...props }: LiveTextInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const composing = useRef(false)
  return (
    <Input
      {...props}
      value={draft ?? value}
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
  )
}
