import { type ChangeEvent, type CompositionEvent, useRef, useState } from 'react'

type TextElement = HTMLInputElement | HTMLTextAreaElement

/**
 * The handlers of a text box bound to a text of the live plan. While focused the box shows what this
 * user types, so a co-editor's write cannot move the caret under their fingers; otherwise it follows
 * the document. Every change is written at once, except text being composed with an input method
 * (pinyin), which is written only when the characters are chosen, so co-editors never see half-typed
 * syllables.
 */
export function useLiveDraft(value: string, onSave: (text: string) => void) {
  const [draft, setDraft] = useState<string | null>(null)
  const composing = useRef(false)
  return {
    value: draft ?? value,
    onFocus: () => setDraft(value),
    onBlur: () => setDraft(null),
    onCompositionStart: () => {
      composing.current = true
    },
    onCompositionEnd: (event: CompositionEvent<TextElement>) => {
      composing.current = false
      onSave(event.currentTarget.value)
    },
    onChange: (event: ChangeEvent<TextElement>) => {
      setDraft(event.target.value)
      if (!composing.current) onSave(event.target.value)
    },
  }
}
