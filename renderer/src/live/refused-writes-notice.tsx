import { Alert, Button, Input } from 'antd'
import type { TextAreaRef } from 'antd/es/input/TextArea'
import { useRef, useState } from 'react'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import { copyText } from '../components/copy-text'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import type { RefusedNotice } from './live-document'
import { refusedWriteMessages } from './refused-write-messages'
import './refused-writes-notice.css'

interface RefusedWritesNoticeProps {
  refusals: readonly RefusedNotice[]
  onDismiss: (id: number) => void
}

/**
 * What the hub did not accept, in words: which exercise and why, with each text the person typed to
 * copy out. The document itself already went back, so without this the text would vanish unseen.
 */
export function RefusedWritesNotice({ refusals, onDismiss }: RefusedWritesNoticeProps) {
  return (
    <>
      {refusals.map((refusal) => (
        <RefusalAlert key={refusal.id} refusal={refusal} onDismiss={() => onDismiss(refusal.id)} />
      ))}
    </>
  )
}

function RefusalAlert({ refusal, onDismiss }: { refusal: RefusedNotice; onDismiss: () => void }) {
  const t = useMessages(refusedWriteMessages)
  const language = useLanguage()
  const exercises = refusal.exercises.map((kind) => exerciseTitle(kind, language)).join(t('listSeparator'))
  const why =
    refusal.reason === 'locked' && exercises
      ? t('locked', { exercises })
      : refusal.reason === 'facilitator-only'
        ? exercises
          ? t('facilitatorOnly', { exercises })
          : t('facilitatorOnlyPlain')
        : refusal.reason === 'too-large'
          ? t('tooLarge')
          : refusal.reason === 'comment'
            ? exercises
              ? t('commentClosed', { exercises })
              : t('comment')
            : t('invalid')
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="plan-note refused-writes"
      data-testid="refused-writes"
      title={t('title')}
      description={
        <>
          <p className="refused-writes-why">{why}</p>
          {refusal.texts.length > 0 && <p className="refused-writes-intro">{t('textsIntro')}</p>}
          {refusal.texts.map((text, index) => (
            <RefusedText key={index} text={text} label={t('textLabel', { number: index + 1 })} />
          ))}
          <Button size="small" onClick={onDismiss}>
            {t('dismiss')}
          </Button>
        </>
      }
    />
  )
}

function RefusedText({ text, label }: { text: string; label: string }) {
  const t = useMessages(refusedWriteMessages)
  const box = useRef<TextAreaRef>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  return (
    <div className="refused-writes-text">
      <Input.TextArea
        ref={box}
        readOnly
        value={text}
        aria-label={label}
        autoSize={{ minRows: 1, maxRows: 6 }}
        onFocus={(event) => event.target.select()}
      />
      <div className="refused-writes-actions">
        <Button
          size="small"
          onClick={() =>
            void copyText(text, box.current?.resizableTextArea?.textArea ?? null).then(setCopied)
          }
        >
          {t('copy')}
        </Button>
        <span role="status">
          {copied === true && t('copied')}
          {copied === false && t('copyByHand')}
        </span>
      </div>
    </div>
  )
}
