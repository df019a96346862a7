import { Button, Form, Input, Select, Space } from 'antd'
import { useId, useState } from 'react'
import type { AnchorItem } from '../../../shared/comments/comment-anchors'
import { MAX_COMMENT_LENGTH } from '../../../shared/comments/comment-schema'
import { useMessages } from '../i18n/use-messages'
import { commentTextProblem } from './comment-text-check'
import { commentsMessages } from './comments-messages'

interface CommentFormProps {
  /** The items the comment may point at; none for a reply, which follows its thread. */
  items: AnchorItem[] | null
  label: string
  submitLabel: string
  onSubmit: (text: string, item: AnchorItem | null) => void
  onCancel?: () => void
  autoFocus?: boolean
  /** The item chosen to begin with (the one whose marker opened the drawer). */
  initialItem?: { kind: AnchorItem['kind']; id: string } | null
}

/** Writing a comment or a reply; the text is checked as the hub will check it, and said why if not. */
export function CommentForm(props: CommentFormProps) {
  const { items, label, submitLabel, onSubmit, onCancel, autoFocus, initialItem } = props
  const t = useMessages(commentsMessages)
  const [text, setText] = useState('')
  const [itemKey, setItemKey] = useState(initialItem ? `${initialItem.kind}:${initialItem.id}` : '')
  const [problem, setProblem] = useState<ReturnType<typeof commentTextProblem>>(null)
  const fieldId = useId()
  const submit = () => {
    const found = commentTextProblem(text)
    setProblem(found)
    if (found) return
    onSubmit(text, items?.find((item) => `${item.kind}:${item.id}` === itemKey) ?? null)
    setText('')
    setItemKey('')
  }
  return (
    <Form layout="vertical" onFinish={submit} className="comment-form">
      {items && items.length > 0 && (
        <Form.Item label={t('item')} htmlFor={`${fieldId}-item`}>
          <Select
            id={`${fieldId}-item`}
            value={itemKey}
            onChange={setItemKey}
            options={[
              { value: '', label: t('wholeExercise') },
              ...items.map((item) => ({
                value: `${item.kind}:${item.id}`,
                label: `${t(`itemKind.${item.kind}`)} · ${item.label.trim() || t('untitled')}`,
              })),
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        label={label}
        htmlFor={`${fieldId}-text`}
        validateStatus={problem ? 'error' : undefined}
        help={problem ? t(problem, { max: MAX_COMMENT_LENGTH }) : undefined}
      >
        <Input.TextArea
          id={`${fieldId}-text`}
          value={text}
          autoFocus={autoFocus}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(event) => setText(event.target.value)}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
      </Space>
    </Form>
  )
}
