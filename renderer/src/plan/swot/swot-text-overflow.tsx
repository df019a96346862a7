import { Alert, Button, Input } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SWOT_CARD_TEXT_MAX, swotCardTextLength } from '../../../../shared/exercises/swot/swot-card-text'
import { useFormatters } from '../../components/use-formatters'
import { copyText } from './copy-text'

interface SwotTextOverflowProps {
  id: string
  /** Everything the person typed or pasted, of which the card kept the first SWOT_CARD_TEXT_MAX characters. */
  fullText: string
  onDismiss: () => void
}

/** Says where a card's text was cut, and keeps the whole text on screen to copy somewhere else. */
export function SwotTextOverflow({ id, fullText, onDismiss }: SwotTextOverflowProps) {
  const { t } = useTranslation()
  const format = useFormatters()
  const box = useRef<TextAreaRef>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  return (
    <Alert
      id={id}
      type="warning"
      showIcon
      className="swot-card-overflow"
      title={t('plan.swot.tooLong.cut', { max: format.count(SWOT_CARD_TEXT_MAX) })}
      description={
        <>
          <Input.TextArea
            ref={box}
            readOnly
            value={fullText}
            aria-label={t('plan.swot.tooLong.fullText', {
              count: format.count(swotCardTextLength(fullText)),
            })}
            autoSize={{ minRows: 2, maxRows: 6 }}
            onFocus={(event) => event.target.select()}
          />
          <div className="swot-card-overflow-actions">
            <Button
              size="small"
              onClick={() =>
                void copyText(fullText, box.current?.resizableTextArea?.textArea ?? null).then(setCopied)
              }
            >
              {t('plan.swot.tooLong.copy')}
            </Button>
            <Button size="small" type="text" onClick={onDismiss}>
              {t('plan.swot.tooLong.dismiss')}
            </Button>
            <span role="status">
              {copied === true && t('plan.swot.tooLong.copied')}
              {copied === false && t('plan.swot.tooLong.copyByHand')}
            </span>
          </div>
        </>
      }
    />
  )
}
