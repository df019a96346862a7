import { Alert, Button, Input } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useRef, useState } from 'react'
import { SWOT_CARD_TEXT_MAX, swotCardTextLength } from '../../../../shared/exercises/swot/swot-card-text'
import { useFormatters } from '../../components/use-formatters'
import { copyText } from '../../components/copy-text'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'

interface SwotTextOverflowProps {
  id: string
  /** Everything the person typed or pasted, of which the card kept the first SWOT_CARD_TEXT_MAX characters. */
  fullText: string
  onDismiss: () => void
}

/** Says where a card's text was cut, and keeps the whole text on screen to copy somewhere else. */
export function SwotTextOverflow({ id, fullText, onDismiss }: SwotTextOverflowProps) {
  const t = useMessages(swotUiMessages)
  const format = useFormatters()
  const box = useRef<TextAreaRef>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  return (
    <Alert
      id={id}
      type="warning"
      showIcon
      className="swot-card-overflow"
      title={t('tooLong.cut', { max: format.count(SWOT_CARD_TEXT_MAX) })}
      description={
        <>
          <Input.TextArea
            ref={box}
            readOnly
            value={fullText}
            aria-label={t('tooLong.fullText', {
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
              {t('tooLong.copy')}
            </Button>
            <Button size="small" type="text" onClick={onDismiss}>
              {t('tooLong.dismiss')}
            </Button>
            <span role="status">
              {copied === true && t('tooLong.copied')}
              {copied === false && t('tooLong.copyByHand')}
            </span>
          </div>
        </>
      }
    />
  )
}
