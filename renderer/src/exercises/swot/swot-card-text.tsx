import { Input } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import { setSwotCardText } from '../../../../shared/exercises/swot/swot-doc'
import type { SwotCard } from '../../../../shared/exercises/swot/swot-schema'
import { fitSwotCardText } from '../../../../shared/exercises/swot/swot-card-text'
import { SwotTextOverflow } from './swot-text-overflow'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'

interface SwotCardTextProps {
  doc: Y.Doc
  card: SwotCard
  position: number
  editable: boolean
}

/**
 * A card's text, edited in place. What goes past the card limit (a long paste) is not saved; the card
 * says so under it and keeps the whole text there to copy, rather than dropping it unseen.
 */
export function SwotCardText({ doc, card, position, editable }: SwotCardTextProps) {
  const t = useMessages(swotUiMessages)
  // While someone types, their own draft shows; otherwise the card follows the document (remote edits).
  const [draft, setDraft] = useState<string | null>(null)
  const [overflow, setOverflow] = useState<string | null>(null)
  const noticeId = `swot-card-overflow-${card.id}`
  const quadrant = t(`quadrants.${card.quadrant}`)
  return (
    <>
      <Input.TextArea
        className="swot-card-text"
        variant="borderless"
        autoSize
        value={draft ?? card.text}
        aria-label={t('cardText', { quadrant, position })}
        aria-describedby={overflow === null ? undefined : noticeId}
        disabled={!editable}
        onFocus={() => setDraft(card.text)}
        onBlur={() => setDraft(null)}
        onChange={(event) => {
          const typed = event.target.value
          const kept = fitSwotCardText(typed)
          if (kept !== typed) setOverflow(typed)
          setDraft(kept)
          setSwotCardText(doc, card.id, kept)
        }}
      />
      {overflow !== null && (
        <SwotTextOverflow id={noticeId} fullText={overflow} onDismiss={() => setOverflow(null)} />
      )}
    </>
  )
}
