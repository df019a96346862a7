import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons'
import { Button, Space } from 'antd'

interface ReorderButtonsProps {
  index: number
  count: number
  labels: { up: string; down: string; remove: string }
  onMove: (delta: -1 | 1) => void
  onRemove: () => void
  size?: 'small' | 'middle'
}

/** Move up, move down and remove as real buttons, so the agenda can be rearranged from the keyboard. */
export function ReorderButtons({
  index,
  count,
  labels,
  onMove,
  onRemove,
  size = 'middle',
}: ReorderButtonsProps) {
  return (
    <Space.Compact size={size}>
      <Button
        icon={<ArrowUpOutlined aria-hidden />}
        aria-label={labels.up}
        title={labels.up}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      />
      <Button
        icon={<ArrowDownOutlined aria-hidden />}
        aria-label={labels.down}
        title={labels.down}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      />
      <Button
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={labels.remove}
        title={labels.remove}
        onClick={onRemove}
      />
    </Space.Compact>
  )
}
