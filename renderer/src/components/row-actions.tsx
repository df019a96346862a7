import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from './common-messages'

interface RowActionsProps {
  /** Accessible names that say which row, e.g. "Edit 略阳县". */
  editLabel: string
  deleteLabel: string
  /** Disabled while the row's optimistic save is still waiting for the hub. */
  disabled: boolean
  onEdit: () => void
  onDelete: () => void
}

/** The edit and delete buttons of a setup table row. */
export function RowActions({ editLabel, deleteLabel, disabled, onEdit, onDelete }: RowActionsProps) {
  const t = useMessages(commonMessages)
  return (
    <Flex gap={4} wrap>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden />}
        disabled={disabled}
        aria-label={editLabel}
        onClick={onEdit}
      >
        {t('edit')}
      </Button>
      <Button
        size="small"
        danger
        icon={<DeleteOutlined aria-hidden />}
        disabled={disabled}
        aria-label={deleteLabel}
        onClick={onDelete}
      >
        {t('delete')}
      </Button>
    </Flex>
  )
}
