import { PlusOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import { addSwotCard } from '../../../../shared/exercises/swot/swot-doc'
import type { SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import { SWOT_CARD_TEXT_MAX, swotCardTextLength } from '../../../../shared/exercises/swot/swot-card-text'
import { useFormatters } from '../../components/use-formatters'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'

/**
 * A new card for one quadrant: type and press Enter (or the button); the card lands at the quadrant's end.
 * A text past the card limit stays in the box, with a message saying how much too long it is.
 */
export function SwotAddCard({
  doc,
  quadrant,
  editable,
}: {
  doc: Y.Doc
  quadrant: SwotQuadrant
  editable: boolean
}) {
  const t = useMessages(swotUiMessages)
  const format = useFormatters()
  const [text, setText] = useState('')
  const quadrantName = t(`quadrants.${quadrant}`)
  const length = swotCardTextLength(text.trim())
  const tooLong = length > SWOT_CARD_TEXT_MAX
  const messageId = `swot-add-too-long-${quadrant}`
  return (
    <form
      className="swot-add"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = text.trim()
        if (!trimmed || tooLong) return
        addSwotCard(doc, quadrant, trimmed)
        setText('')
      }}
    >
      <Input
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label={t('newCard', { quadrant: quadrantName })}
        placeholder={t('newCardPlaceholder')}
        disabled={!editable}
        status={tooLong ? 'error' : undefined}
        aria-invalid={tooLong || undefined}
        aria-describedby={tooLong ? messageId : undefined}
      />
      <Button htmlType="submit" icon={<PlusOutlined />} disabled={!editable || text.trim() === '' || tooLong}>
        <span>
          {t('add')}
          <span className="sr-only">{t('addTo', { quadrant: quadrantName })}</span>
        </span>
      </Button>
      {tooLong && (
        <p id={messageId} className="swot-add-too-long" role="alert">
          {t('tooLong.add', {
            max: format.count(SWOT_CARD_TEXT_MAX),
            count: format.count(length),
          })}
        </p>
      )}
    </form>
  )
}
