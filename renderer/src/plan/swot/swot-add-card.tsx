import { PlusOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { addSwotCard } from '../../../../shared/live/plan-doc'
import type { SwotQuadrant } from '../../../../shared/live/plan-schema'

/** A new card for one quadrant: type and press Enter (or the button); the card lands at the quadrant's end. */
export function SwotAddCard({
  doc,
  quadrant,
  editable,
}: {
  doc: Y.Doc
  quadrant: SwotQuadrant
  editable: boolean
}) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const quadrantName = t(`plan.swot.quadrants.${quadrant}`)
  return (
    <form
      className="swot-add"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = text.trim()
        if (!trimmed) return
        addSwotCard(doc, quadrant, trimmed)
        setText('')
      }}
    >
      <Input
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label={t('plan.swot.newCard', { quadrant: quadrantName })}
        placeholder={t('plan.swot.newCardPlaceholder')}
        disabled={!editable}
        maxLength={500}
      />
      <Button htmlType="submit" icon={<PlusOutlined />} disabled={!editable || text.trim() === ''}>
        <span>
          {t('plan.swot.add')}
          <span className="sr-only">{t('plan.swot.addTo', { quadrant: quadrantName })}</span>
        </span>
      </Button>
    </form>
  )
}
