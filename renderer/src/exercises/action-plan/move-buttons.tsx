import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { Direction } from './reorder'

interface MoveButtonsProps {
  upLabel: string
  downLabel: string
  first: boolean
  last: boolean
  editable: boolean
  onMove: (direction: Direction) => void
  /** Marks the buttons so focus can be put back on them after the list re-renders in its new order. */
  focusKey: string
}

/** Up and down buttons: reordering that works the same by keyboard, mouse, touch and screen reader. */
export function MoveButtons({
  upLabel,
  downLabel,
  first,
  last,
  editable,
  onMove,
  focusKey,
}: MoveButtonsProps) {
  return (
    <span className="move-buttons">
      <Button
        type="text"
        icon={<ArrowUpOutlined aria-hidden />}
        aria-label={upLabel}
        disabled={!editable || first}
        data-move={`${focusKey}:up`}
        onClick={() => onMove('up')}
      />
      <Button
        type="text"
        icon={<ArrowDownOutlined aria-hidden />}
        aria-label={downLabel}
        disabled={!editable || last}
        data-move={`${focusKey}:down`}
        onClick={() => onMove('down')}
      />
    </span>
  )
}

/**
 * After a move the list re-renders in its new order; focus goes back to the same button, or to the other
 * one when the item has reached the top or bottom and the pressed one is now disabled.
 */
export function refocusMoveButton(focusKey: string, direction: Direction): void {
  requestAnimationFrame(() => {
    const other: Direction = direction === 'up' ? 'down' : 'up'
    for (const which of [direction, other]) {
      const button = document.querySelector<HTMLButtonElement>(
        `[data-move="${CSS.escape(`${focusKey}:${which}`)}"]`,
      )
      if (button && !button.disabled) {
        button.focus()
        return
      }
    }
  })
}
