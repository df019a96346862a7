import { Button, Flex, Input, Typography } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useState, type Ref } from 'react'
import { App } from 'antd'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

/** Longer than this does not fit on a phone's header or the projector's banner. */
export const MAX_MESSAGE_LENGTH = 200

interface MessagePanelProps {
  message: string
  actions: ConsoleActions
  inputRef: Ref<TextAreaRef>
}

/** A short message to every group device and the projector; cleared with one button. */
export function MessagePanel({ message, actions, inputRef }: MessagePanelProps) {
  const t = useMessages(consoleMessages)
  const { message: toast } = App.useApp()
  const [draft, setDraft] = useState('')
  const send = () => {
    if (draft.trim() === '') return
    actions.setMessage(draft)
    setDraft('')
    void toast.success(t('message.sent'))
  }
  return (
    <section className="console-card console-message" aria-labelledby="console-message-heading">
      <h2 id="console-message-heading" className="console-card-heading">
        {t('message.heading')}
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          send()
        }}
      >
        <label htmlFor="console-message-input" className="console-field-label">
          {t('message.label')}
        </label>
        <Input.TextArea
          id="console-message-input"
          ref={inputRef}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            // Enter sends, Shift+Enter starts a new line; not while an IME is composing Chinese.
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault()
              send()
            }
          }}
          placeholder={t('message.placeholder')}
          maxLength={MAX_MESSAGE_LENGTH}
          showCount
          autoSize={{ minRows: 2, maxRows: 4 }}
        />
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" disabled={draft.trim() === ''}>
            {t('message.send')}
          </Button>
          {message !== '' && (
            <Button
              onClick={() => {
                actions.setMessage('')
                void toast.info(t('message.cleared'))
              }}
            >
              {t('message.clear')}
            </Button>
          )}
          {message !== '' && (
            <Button onClick={() => actions.setMode('message')}>{t('message.showOnProjector')}</Button>
          )}
        </Flex>
      </form>
      <Typography.Paragraph className="console-message-current" data-testid="console-current-message">
        {message !== '' ? (
          <>
            <strong>{t('message.current')}</strong> {message}
          </>
        ) : (
          <Typography.Text type="secondary">{t('message.none')}</Typography.Text>
        )}
      </Typography.Paragraph>
    </section>
  )
}
