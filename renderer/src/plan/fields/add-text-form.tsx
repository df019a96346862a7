import { PlusOutlined } from '@ant-design/icons'
import { Button, Input } from 'antd'
import { type ReactNode, useState } from 'react'

interface AddTextFormProps {
  /** The box's accessible name and its placeholder. */
  label: string
  placeholder: string
  buttonLabel: string
  editable: boolean
  maxLength: number
  /** Called with the trimmed text; the box is emptied for the next one. */
  onAdd: (text: string) => void
  /** Controls shown before the box (a kind to choose). */
  before?: ReactNode
  className?: string
  inputClassName?: string
}

/** A new item of a list: type, press Enter (or the button); blank text adds nothing. */
export function AddTextForm({
  label,
  placeholder,
  buttonLabel,
  editable,
  maxLength,
  onAdd,
  before,
  className,
  inputClassName,
}: AddTextFormProps) {
  const [text, setText] = useState('')
  return (
    <form
      className={className}
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = text.trim()
        if (!trimmed) return
        onAdd(trimmed)
        setText('')
      }}
    >
      {before}
      <Input
        className={inputClassName}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label={label}
        placeholder={placeholder}
        disabled={!editable}
        maxLength={maxLength}
      />
      <Button
        htmlType="submit"
        icon={<PlusOutlined aria-hidden />}
        disabled={!editable || text.trim() === ''}
      >
        {buttonLabel}
      </Button>
    </form>
  )
}
